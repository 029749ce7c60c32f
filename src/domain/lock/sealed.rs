//! Sealed values (`ssv1.<base64(nonce ‖ ciphertext and tag)>`) and the base64 they use.

use super::{NONCE_LEN, SEALED_PREFIX, TAG_LEN};

/// `ssv1.<base64(nonce ‖ ciphertext and tag)>`.
pub fn format_sealed(nonce_and_ciphertext: &[u8]) -> String {
    format!("{SEALED_PREFIX}{}", base64_encode(nonce_and_ciphertext))
}

/// The nonce and the ciphertext (with its tag) of a sealed value, or None if it is not one.
pub fn parse_sealed(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let bytes = base64_decode(text.strip_prefix(SEALED_PREFIX)?)?;
    if bytes.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, ct) = bytes.split_at(NONCE_LEN);
    Some((nonce.to_vec(), ct.to_vec()))
}

/// Length of the sealed text for a value of `plain_bytes` UTF-8 bytes, to check for room first.
pub fn sealed_len(plain_bytes: usize) -> usize {
    SEALED_PREFIX.len() + (NONCE_LEN + plain_bytes + TAG_LEN).div_ceil(3) * 4
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Each byte's value in [`B64`], or 255: decoding large diaries must not search per character.
const B64_VALUE: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        table[B64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Standard base64 with padding (RFC 4648).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decode standard base64 with padding; None for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| match B64_VALUE[c as usize] {
        255 => None,
        v => Some(v as u32),
    };
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (i, chunk) in bytes.chunks(4).enumerate() {
        let last = i == bytes.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = n << 6 | value(c)?;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn base64_round_trips_every_byte_and_refuses_junk() {
        let all: Vec<u8> = (0..=255).collect();
        for n in 0..all.len() {
            assert_eq!(base64_decode(&base64_encode(&all[..n])).unwrap(), &all[..n]);
        }
        for junk in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zm9v\n"] {
            assert_eq!(base64_decode(junk), None, "{junk}");
        }
    }

    #[test]
    fn sealed_text_format_and_predicted_length() {
        let bytes: Vec<u8> = (0..(NONCE_LEN + 40 + TAG_LEN) as u8).collect();
        let sealed = format_sealed(&bytes);
        assert!(sealed.starts_with(SEALED_PREFIX));
        assert_eq!(sealed.len(), sealed_len(40));
        let (nonce, ct) = parse_sealed(&sealed).unwrap();
        assert_eq!(nonce, &bytes[..NONCE_LEN]);
        assert_eq!(ct, &bytes[NONCE_LEN..]);
        assert_eq!(parse_sealed("{\"v\":1}"), None);
        assert_eq!(
            parse_sealed("ssv1.AAAA"),
            None,
            "shorter than nonce and tag"
        );
    }
}
