//! The browser's WebCrypto for the passphrase lock: PBKDF2-HMAC-SHA-256 to a key that wraps the
//! AES-256-GCM data key, and sealing and opening values with a fresh random 96-bit nonce each.
//! Every key made here is non-extractable unless a function says otherwise; formats are in
//! `domain::lock`.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::lock::{
    base64_decode, base64_encode, format_sealed, parse_sealed, LockHeader, CIPHER, ITERATIONS, KDF,
    KEY_CHECK_AD, KEY_CHECK_TEXT, NONCE_LEN, SALT_LEN,
};

/// Why a crypto step failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// The passphrase does not open the header (or the text was changed or moved).
    WrongKey,
    /// The browser has no WebCrypto here, or it failed.
    Browser(String),
}

impl CryptoError {
    /// A calm sentence for the user.
    pub fn message(&self) -> String {
        match self {
            CryptoError::WrongKey => "This could not be opened with that passphrase.".into(),
            CryptoError::Browser(why) => {
                format!("This browser could not do the encryption ({why}).")
            }
        }
    }
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

fn browser(err: JsValue) -> CryptoError {
    CryptoError::Browser(format!("{err:?}"))
}

fn web_crypto() -> Result<web_sys::Crypto, CryptoError> {
    let window = web_sys::window().ok_or_else(|| CryptoError::Browser("no window".into()))?;
    window.crypto().map_err(browser)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(web_crypto()?.subtle())
}

/// `n` bytes from the browser's cryptographic random source.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    web_crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(browser)?;
    Ok(bytes)
}

/// A plain JS object from name/value pairs (WebCrypto's algorithm parameters).
fn params(pairs: &[(&str, JsValue)]) -> Object {
    let obj = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

fn aes_gcm(nonce: &[u8], ad: &str) -> Object {
    params(&[
        ("name", "AES-GCM".into()),
        ("iv", bytes(nonce)),
        ("additionalData", bytes(ad.as_bytes())),
    ])
}

async fn wait(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The key derived from the passphrase; it can only wrap and unwrap the data key.
pub async fn derive_wrapping_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base =
        wait(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"])))
            .await
            .map_err(browser)?;
    let algorithm = params(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", bytes(salt)),
        ("iterations", iterations.into()),
    ]);
    let key_type = params(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = wait(subtle.derive_key_with_object_and_object(
        &algorithm,
        base.unchecked_ref(),
        &key_type,
        false,
        &usages(&["wrapKey", "unwrapKey"]),
    ))
    .await
    .map_err(browser)?;
    Ok(key.unchecked_into())
}

/// Unwrap the data key from the header's wrapped copy. Only a passphrase change asks for an
/// extractable copy, and only to wrap it again at once.
async fn unwrap_data_key(
    header: &LockHeader,
    wrapping_key: &CryptoKey,
    extractable: bool,
) -> Result<CryptoKey, CryptoError> {
    let wrapped = base64_decode(&header.wrapped_key).ok_or(CryptoError::WrongKey)?;
    let (nonce, ct) = wrapped.split_at(NONCE_LEN);
    let key = wait(subtle()?.unwrap_key_with_js_u8_array_and_object_and_object(
        "raw",
        &Uint8Array::from(ct),
        wrapping_key,
        &aes_gcm(nonce, KEY_CHECK_AD),
        &params(&[("name", "AES-GCM".into())]),
        extractable,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    // AES-GCM's tag check fails for a wrong passphrase: that is the answer, not a fault.
    .map_err(|_| CryptoError::WrongKey)?;
    Ok(key.unchecked_into())
}

/// Seal `plain` under `key`, bound to `ad` (the storage key), with a fresh random nonce.
pub async fn seal(key: &CryptoKey, ad: &str, plain: &str) -> Result<String, CryptoError> {
    Ok(format_sealed(&seal_bytes(key, ad, plain.as_bytes()).await?))
}

/// Seal bytes (an attached file) under `key`, bound to `ad` (the file's id), with a fresh random
/// nonce: the nonce followed by the ciphertext and its tag.
pub async fn seal_bytes(key: &CryptoKey, ad: &str, plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let nonce = random_bytes(NONCE_LEN)?;
    let ct = wait(subtle()?.encrypt_with_object_and_u8_array(&aes_gcm(&nonce, ad), key, plain))
        .await
        .map_err(browser)?;
    let mut out = nonce;
    out.extend(Uint8Array::new(&ct).to_vec());
    Ok(out)
}

/// Open bytes sealed by [`seal_bytes`]; a change, another key or another `ad` gives `WrongKey`.
pub async fn open_bytes(key: &CryptoKey, ad: &str, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < NONCE_LEN {
        return Err(CryptoError::WrongKey);
    }
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    let plain = wait(subtle()?.decrypt_with_object_and_u8_array(&aes_gcm(nonce, ad), key, ct))
        .await
        .map_err(|_| CryptoError::WrongKey)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// The SHA-256 digest of `data` by the browser's WebCrypto, as lower-case hex.
pub async fn sha256_hex(data: &[u8]) -> Result<String, CryptoError> {
    let digest = wait(subtle()?.digest_with_str_and_u8_array("SHA-256", data))
        .await
        .map_err(browser)?;
    Ok(crate::domain::attachment::hex(
        &Uint8Array::new(&digest).to_vec(),
    ))
}

/// Open a sealed value; a changed text, another key or another `ad` gives `WrongKey`. The
/// decryption starts when this is called, not when it is awaited, so many run side by side.
pub fn open(
    key: &CryptoKey,
    ad: &str,
    sealed: &str,
) -> impl std::future::Future<Output = Result<String, CryptoError>> + 'static {
    let started = parse_sealed(sealed)
        .ok_or(CryptoError::WrongKey)
        .and_then(|(nonce, ct)| {
            subtle()?
                .decrypt_with_object_and_u8_array(&aes_gcm(&nonce, ad), key, &ct)
                .map_err(|_| CryptoError::WrongKey)
        });
    async move {
        let plain = JsFuture::from(started?)
            .await
            .map_err(|_| CryptoError::WrongKey)?;
        String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongKey)
    }
}

/// Wrap `data_key` under a key derived from `passphrase` with a fresh salt: a new header.
async fn header_for(passphrase: &str, data_key: &CryptoKey) -> Result<LockHeader, CryptoError> {
    let salt = random_bytes(SALT_LEN)?;
    let wrapping_key = derive_wrapping_key(passphrase, &salt, ITERATIONS).await?;
    let nonce = random_bytes(NONCE_LEN)?;
    let wrapped = wait(subtle()?.wrap_key_with_object(
        "raw",
        data_key,
        &wrapping_key,
        &aes_gcm(&nonce, KEY_CHECK_AD),
    ))
    .await
    .map_err(browser)?;
    let mut wrapped_key = nonce;
    wrapped_key.extend(Uint8Array::new(&wrapped).to_vec());
    Ok(LockHeader {
        kdf: KDF.into(),
        iterations: ITERATIONS,
        salt: base64_encode(&salt),
        cipher: CIPHER.into(),
        wrapped_key: base64_encode(&wrapped_key),
        check: seal(data_key, KEY_CHECK_AD, KEY_CHECK_TEXT).await?,
    })
}

/// The passphrase's wrapping key for an existing header, after checking the header is usable.
async fn wrapping_key_for(header: &LockHeader, passphrase: &str) -> Result<CryptoKey, CryptoError> {
    header.validate().map_err(CryptoError::Browser)?;
    let salt = base64_decode(&header.salt).ok_or(CryptoError::WrongKey)?;
    derive_wrapping_key(passphrase, &salt, header.iterations).await
}

/// Open a header with a passphrase: the non-extractable data key, once the key check opens.
pub async fn open_header(header: &LockHeader, passphrase: &str) -> Result<CryptoKey, CryptoError> {
    let wrapping_key = wrapping_key_for(header, passphrase).await?;
    let key = unwrap_data_key(header, &wrapping_key, false).await?;
    if open(&key, KEY_CHECK_AD, &header.check).await? != KEY_CHECK_TEXT {
        return Err(CryptoError::WrongKey);
    }
    Ok(key)
}

/// A new random data key and its header. The key returned is a non-extractable copy: the
/// extractable one exists only long enough to be wrapped.
pub async fn new_lock(passphrase: &str) -> Result<(LockHeader, CryptoKey), CryptoError> {
    let extractable = wait(subtle()?.generate_key_with_object(
        &params(&[("name", "AES-GCM".into()), ("length", 256.into())]),
        true,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(browser)?
    .unchecked_into::<CryptoKey>();
    let header = header_for(passphrase, &extractable).await?;
    let key = open_header(&header, passphrase).await?;
    Ok((header, key))
}

/// The header for a new passphrase over the same data key, checked to open with the new
/// passphrase before it is returned. Nothing is stored here.
pub async fn rewrap(
    header: &LockHeader,
    old_passphrase: &str,
    new_passphrase: &str,
) -> Result<LockHeader, CryptoError> {
    let old_wrapping = wrapping_key_for(header, old_passphrase).await?;
    let extractable = unwrap_data_key(header, &old_wrapping, true).await?;
    let next = header_for(new_passphrase, &extractable).await?;
    open_header(&next, new_passphrase).await?;
    Ok(next)
}
