//! Installing Stand Safe as an app: what this browser can do, from what it tells us about itself,
//! and when Safari may delete this site's data (WebKit deletes a site's script-writable storage
//! after seven days of use without a visit; an app on the Home Screen keeps its own).

/// How long "Not now" on the install offer holds.
pub const OFFER_QUIET_DAYS: i64 = 30;

/// What the browser reports about itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Device<'a> {
    pub user_agent: &'a str,
    /// `navigator.standalone` (iOS: opened from the Home Screen).
    pub ios_standalone: bool,
    /// `matchMedia('(display-mode: standalone)')`.
    pub display_standalone: bool,
    /// `navigator.maxTouchPoints` (an iPad says "Macintosh" but has touch).
    pub touch_points: u32,
}

/// How this browser installs the app, if it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Install {
    /// Already running as an installed app.
    Installed,
    /// The browser offers its own install prompt (`beforeinstallprompt`) when it is ready.
    ChromiumPrompt,
    /// iPhone or iPad: Share, then Add to Home Screen.
    IosSteps,
    /// One line on where this browser's menu puts it.
    Other(&'static str),
    /// This browser cannot install web apps.
    None,
}

impl Device<'_> {
    fn has(&self, word: &str) -> bool {
        self.user_agent.contains(word)
    }

    pub fn installed(&self) -> bool {
        self.ios_standalone || self.display_standalone
    }

    /// iPhone, iPod or iPad, including an iPad asking for desktop sites ("Macintosh" with touch).
    /// Every browser there is Safari's engine underneath.
    fn ios(&self) -> bool {
        self.has("iPhone")
            || self.has("iPad")
            || self.has("iPod")
            || (self.has("Macintosh") && self.touch_points > 1)
    }

    /// Safari on a Mac (Chromium browsers and Firefox there name themselves).
    fn mac_safari(&self) -> bool {
        self.has("Macintosh")
            && self.has("Version/")
            && self.has("Safari/")
            && !self.has("Chrome")
            && !self.has("Firefox")
    }

    /// How to install here.
    pub fn install(&self) -> Install {
        if self.installed() {
            Install::Installed
        } else if self.ios() {
            Install::IosSteps
        } else if self.has("SamsungBrowser") {
            Install::Other(
                "In Samsung Internet, open the menu, choose \u{201c}Add page to\u{201d}, then \u{201c}Home screen\u{201d}.",
            )
        } else if self.has("Firefox") {
            if self.has("Android") {
                Install::Other("In Firefox, open the menu (three dots) and choose \u{201c}Add to Home screen\u{201d}.")
            } else {
                Install::None
            }
        } else if self.has("Chrome/") || self.has("Chromium/") {
            Install::ChromiumPrompt
        } else if self.mac_safari() {
            Install::Other("In Safari, choose File, then \u{201c}Add to Dock\u{201d}.")
        } else {
            Install::None
        }
    }

    /// Safari's engine outside an installed app: the diary is deleted after seven days without a
    /// visit.
    pub fn seven_day_limit(&self) -> bool {
        !self.installed() && (self.ios() || self.mac_safari())
    }

    /// Where an installed copy lives, for "add it to your …": a Mac has a Dock, not a Home Screen.
    pub fn app_place(&self) -> &'static str {
        if self.mac_safari() && !self.ios() {
            "Dock"
        } else {
            "Home Screen"
        }
    }
}

/// The offer was answered "Not now" less than `OFFER_QUIET_DAYS` ago.
pub fn offer_quiet(dismissed_ms: Option<i64>, now_ms: i64) -> bool {
    dismissed_ms.is_some_and(|at| now_ms - at < OFFER_QUIET_DAYS * 86_400_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const IPAD: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    const MAC_SAFARI: &str = IPAD;
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    const DESKTOP_CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
    const FIREFOX: &str =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    const FIREFOX_MAC: &str =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0";
    const FIREFOX_ANDROID: &str =
        "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0";
    const SAMSUNG: &str = "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36";
    const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";

    fn on(user_agent: &str, touch_points: u32) -> Device<'_> {
        Device {
            user_agent,
            touch_points,
            ..Device::default()
        }
    }

    #[test]
    fn each_browser_gets_its_own_way_to_install() {
        let cases: &[(&str, u32, Install, bool)] = &[
            (IPHONE, 5, Install::IosSteps, true),
            (IPAD, 5, Install::IosSteps, true),
            (CHROME_IOS, 5, Install::IosSteps, true),
            (ANDROID_CHROME, 5, Install::ChromiumPrompt, false),
            (DESKTOP_CHROME, 0, Install::ChromiumPrompt, false),
            (EDGE, 0, Install::ChromiumPrompt, false),
            (FIREFOX, 0, Install::None, false),
            (FIREFOX_MAC, 0, Install::None, false),
        ];
        for &(ua, touch, want, seven_days) in cases {
            let d = on(ua, touch);
            assert_eq!(d.install(), want, "{ua}");
            assert_eq!(d.seven_day_limit(), seven_days, "{ua}");
        }
    }

    #[test]
    fn other_browsers_get_one_line_about_their_menu() {
        let line = |ua, touch| match on(ua, touch).install() {
            Install::Other(line) => line,
            other => panic!("{ua}: {other:?}"),
        };
        assert!(line(SAMSUNG, 5).contains("Samsung Internet"));
        assert!(line(FIREFOX_ANDROID, 5).contains("Firefox"));
        assert!(line(MAC_SAFARI, 0).contains("Add to Dock"));
        assert!(on(MAC_SAFARI, 0).seven_day_limit());
        assert!(!on(SAMSUNG, 5).seven_day_limit());
        assert_eq!(on(MAC_SAFARI, 0).app_place(), "Dock");
        // An iPad asks for the desktop site with a Mac's user agent, but has touch points.
        assert_eq!(on(MAC_SAFARI, 5).app_place(), "Home Screen");
        assert_eq!(on(IPHONE, 5).app_place(), "Home Screen");
    }

    #[test]
    fn an_installed_app_is_offered_nothing_and_keeps_its_data() {
        for ua in [IPHONE, IPAD, ANDROID_CHROME, SAMSUNG, MAC_SAFARI] {
            let home_screen = Device {
                ios_standalone: true,
                ..on(ua, 5)
            };
            let window = Device {
                display_standalone: true,
                ..on(ua, 5)
            };
            for d in [home_screen, window] {
                assert_eq!(d.install(), Install::Installed, "{ua}");
                assert!(!d.seven_day_limit(), "{ua}");
            }
        }
    }

    #[test]
    fn not_now_holds_for_thirty_days() {
        const DAY: i64 = 86_400_000;
        assert!(!offer_quiet(None, 0));
        assert!(offer_quiet(Some(0), 29 * DAY));
        assert!(!offer_quiet(Some(0), 30 * DAY));
    }
}
