//! Save text as a file on the device (no network: a Blob URL clicked from a hidden link).

use wasm_bindgen::JsCast;

/// Offer `text` as a download named `filename`. Returns an error message if the browser refused.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    download_part(filename, mime, &wasm_bindgen::JsValue::from_str(text))
}

/// Offer bytes (an attached file's original, a case bundle) as a download named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    download_part(filename, mime, &js_sys::Uint8Array::from(bytes))
}

fn download_part(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), String> {
    let fail = |_| "The browser could not create the file.".to_string();
    let window = web_sys::window().ok_or("No window")?;
    let document = window.document().ok_or("No document")?;
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
        .map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "The browser could not create the file.".to_string())?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
