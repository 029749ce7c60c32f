//! Entry point: only mounts the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    standsafe::app::mount();
}
