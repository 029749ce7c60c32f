//! Attaching files to diary entries, and reading them back: a chosen, pasted or dropped file
//! is read as it is, fingerprinted (SHA-256 by WebCrypto) at that moment, given a thumbnail
//! drawn on the device when it is an image, and stored with it in one transaction (sealed with
//! the lock on). The original bytes are never changed.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::attachment::{self, Attachment, MAX_FILE_BYTES};
use crate::domain::diary::new_id;
use crate::domain::lock::{base64_decode, base64_encode};
use crate::store::crypto;
use crate::store::files;
use crate::store::storage::StorageError;
use crate::store::vault;

/// Longest side of a thumbnail, in pixels (sharp at twice the size it is shown).
const THUMB_SIDE: f64 = 240.0;

/// Why a file could not be attached, said calmly: what happened, what is safe, what to do.
fn refusal(name: &str, err: &StorageError) -> String {
    match err {
        StorageError::QuotaExceeded => format!(
            "This device's storage for Stand Safe is full, so \u{201c}{name}\u{201d} could not be attached. Your words are still here and nothing saved has changed. Export a backup from Settings, then free some space, and try again."
        ),
        StorageError::Locked => StorageError::Locked.message(),
        other => format!(
            "\u{201c}{name}\u{201d} could not be attached ({}). Your words are still here and nothing saved has changed.",
            match other {
                StorageError::Other(why) => why.clone(),
                e => e.message(),
            }
        ),
    }
}

fn random_u32() -> u32 {
    crypto::random_bytes(4)
        .ok()
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

/// A file's bytes, exactly as they are on the device.
async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// A small JPEG of an image, drawn on a canvas on this device; None when the browser cannot
/// read the image (a format it does not show, say): the file is attached all the same.
async fn thumbnail(file: &web_sys::File) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(window.create_image_bitmap_with_blob(file).ok()?)
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    let (w, h) = (f64::from(bitmap.width()), f64::from(bitmap.height()));
    let scale = (THUMB_SIDE / w.max(h)).min(1.0);
    let (tw, th) = ((w * scale).round().max(1.0), (h * scale).round().max(1.0));
    let canvas: web_sys::HtmlCanvasElement = window
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(tw as u32);
    canvas.set_height(th as u32);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, tw, th)
        .ok()?;
    bitmap.close();
    let url = canvas.to_data_url_with_type("image/jpeg").ok()?;
    base64_decode(url.split_once(',')?.1)
}

/// Attach one file: checked for size, read, fingerprinted, thumbnailed when an image, and
/// stored with its thumbnail in one transaction. The record for the entry, or the sentence to
/// show; on failure nothing is stored and nothing stored is touched.
pub async fn attach(file: web_sys::File, now_ms: i64) -> Result<Attachment, String> {
    let name = file.name();
    if file.size() > f64::from(MAX_FILE_BYTES) {
        return Err(attachment::too_large_message(
            &name,
            file.size().min(f64::from(u32::MAX)) as u32,
        ));
    }
    let bytes = read_bytes(&file).await.ok_or_else(|| {
        format!("\u{201c}{name}\u{201d} could not be read from the device. Your words are still here; nothing has changed.")
    })?;
    let sha256 = crypto::sha256_hex(&bytes)
        .await
        .map_err(|e| format!("\u{201c}{name}\u{201d} could not be fingerprinted: {e}"))?;
    let kind = file.type_();
    let thumb = if kind.starts_with("image/") {
        thumbnail(&file).await
    } else {
        None
    };
    let id = new_id(now_ms, random_u32());
    let mut records = vec![(id.clone(), bytes)];
    let thumb_id = thumb.map(|t| {
        let tid = attachment::thumb_id(&id);
        records.push((tid.clone(), t));
        tid
    });
    let size = records[0].1.len() as u32;
    let key = vault::file_key().map_err(|e| refusal(&name, &e))?;
    files::put_all(&records, key.as_ref())
        .await
        .map_err(|e| refusal(&name, &e))?;
    Ok(Attachment {
        id,
        name,
        kind,
        size,
        added_ms: now_ms,
        sha256,
        thumb: thumb_id,
        removed_ms: None,
        changed_ms: now_ms,
    })
}

/// A stored file's original bytes (opened with the lock's key when sealed).
pub async fn original(id: &str) -> Result<Option<Vec<u8>>, StorageError> {
    let key = vault::file_key()?;
    files::get(id, key.as_ref()).await
}

/// A thumbnail as a `data:` address for an `img` (the page's policy allows `data:` images and
/// nothing else from outside the app's own files).
pub async fn thumbnail_url(thumb_id: &str) -> Option<String> {
    let bytes = original(thumb_id).await.ok()??;
    Some(format!("data:image/jpeg;base64,{}", base64_encode(&bytes)))
}

/// Every stored file the entries name (originals and thumbnails), read for a backup or a case
/// bundle. A file the entries name but this device does not hold is left out (its record
/// remains, and the import side reports it as missing).
pub async fn read_all(ids: &[String]) -> Result<Vec<(String, Vec<u8>)>, StorageError> {
    let key = vault::file_key()?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(bytes) = files::get(id, key.as_ref()).await? {
            out.push((id.clone(), bytes));
        }
    }
    Ok(out)
}

/// Store a checked backup's files, all in one transaction, before its entries are written.
pub async fn restore_all(good: &[(String, Vec<u8>)]) -> Result<(), StorageError> {
    if good.is_empty() {
        return Ok(());
    }
    let key = vault::file_key()?;
    files::put_all(good, key.as_ref()).await
}

/// Remove files for good (their originals and thumbnails): only when "recently deleted" is
/// emptied, or for files attached to a draft the user discarded.
pub fn forget(list: &[Attachment]) {
    let ids: Vec<String> = list
        .iter()
        .flat_map(|a| std::iter::once(a.id.clone()).chain(a.thumb.clone()))
        .collect();
    if ids.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(err) = files::remove_all(&ids).await {
            web_sys::console::warn_1(&format!("files not removed: {err}").into());
        }
    });
}
