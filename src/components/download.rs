//! Save text as a file on the device (no network: a Blob URL clicked from a hidden link).

use wasm_bindgen::JsCast;

/// Offer `text` as a download named `filename`. Returns an error message if the browser refused.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The browser could not create the file.".to_string();
    let window = web_sys::window().ok_or("No window")?;
    let document = window.document().ok_or("No document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
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
