//! Links inside guidance text: `[0800 555 111](tel:0800555111)`, `[7726](sms:7726)`,
//! `[report@phishing.gov.uk](mailto:report@phishing.gov.uk)`. The text is what is read, on
//! screen and on paper; the address is what a tap opens. Plain Rust, so the lint and the
//! renderers share one reading of it.

/// A piece of text: plain words, or words that are a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Link { text: &'a str, href: &'a str },
}

/// Split text into plain words and links. Anything that is not a whole `[text](href)` with a
/// `tel:`, `sms:`, `mailto:` or same-site `/` address stays plain text, as written.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain_from = 0;
    let mut at = 0;
    while let Some(open) = rest[at..].find('[').map(|i| at + i) {
        let link = rest[open + 1..]
            .split_once("](")
            .and_then(|(label, after)| {
                let (href, _) = after.split_once(')')?;
                let ok_href = ["tel:", "sms:", "mailto:", "/"]
                    .iter()
                    .any(|p| href.starts_with(p))
                    && !href.contains(char::is_whitespace);
                (ok_href && !label.is_empty() && !label.contains(['[', ']']))
                    .then_some((label, href))
            });
        match link {
            Some((label, href)) => {
                if open > plain_from {
                    out.push(Segment::Text(&rest[plain_from..open]));
                }
                out.push(Segment::Link { text: label, href });
                let end = open + 1 + label.len() + 2 + href.len() + 1;
                rest = &rest[end..];
                plain_from = 0;
                at = 0;
            }
            None => at = open + 1,
        }
    }
    if plain_from < rest.len() {
        out.push(Segment::Text(&rest[plain_from..]));
    }
    out
}

/// The text as it reads, links shown as their words.
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Link { text, .. } => text,
        })
        .collect()
}

/// A phone number as a link: "[0800 555 111](tel:08005551111)", the address its digits.
pub fn tel(number: &str) -> String {
    format!("[{number}](tel:{})", dial_digits(number))
}

/// The digits (and a leading +) of a phone number, for a `tel:` or `sms:` address.
pub fn dial_digits(number: &str) -> String {
    // "+44 (0)7700 900123": the (0) is not dialled from abroad.
    let number = number.trim();
    let number = if number.starts_with('+') {
        number.replacen("(0)", "", 1)
    } else {
        number.to_string()
    };
    number
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*c == '+' && *i == 0))
        .map(|(_, c)| c)
        .collect()
}

/// A piece of a line built from the user's own words (never parsed for markup): the words, and
/// the address they open when they are a phone number or an email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub href: Option<String>,
}

impl Piece {
    /// Words that are not a link.
    pub fn words(text: &str) -> Piece {
        Piece {
            text: text.to_string(),
            href: None,
        }
    }

    /// A phone number as typed, ringing its digits (a link only when there are three or more).
    pub fn phone(number: &str) -> Piece {
        let digits = dial_digits(number);
        Piece {
            text: number.trim().to_string(),
            href: (digits.chars().filter(char::is_ascii_digit).count() >= 3)
                .then(|| format!("tel:{digits}")),
        }
    }

    /// An email address as typed, a `mailto:` link when it has an @ and no spaces.
    pub fn email(address: &str) -> Piece {
        let address = address.trim();
        Piece {
            text: address.to_string(),
            href: (address.contains('@') && !address.contains(char::is_whitespace))
                .then(|| format!("mailto:{address}")),
        }
    }
}

/// Non-empty pieces joined by " · ".
pub fn join_pieces(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::new();
    for p in pieces.into_iter().filter(|p| !p.text.trim().is_empty()) {
        if !out.is_empty() {
            out.push(Piece::words(" · "));
        }
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_split_out_and_the_rest_is_kept_as_written() {
        let t = "Call [999](tel:999) now, or text [7726](sms:7726). [not a link] (x) [a](http://x)";
        assert_eq!(
            segments(t),
            [
                Segment::Text("Call "),
                Segment::Link {
                    text: "999",
                    href: "tel:999"
                },
                Segment::Text(" now, or text "),
                Segment::Link {
                    text: "7726",
                    href: "sms:7726"
                },
                Segment::Text(". [not a link] (x) [a](http://x)"),
            ]
        );
        assert_eq!(
            plain(t),
            "Call 999 now, or text 7726. [not a link] (x) [a](http://x)"
        );
        assert_eq!(plain("no links"), "no links");
        assert_eq!(segments(""), []);
    }

    #[test]
    fn a_number_becomes_a_link_to_its_digits() {
        assert_eq!(tel("0800 555 111"), "[0800 555 111](tel:0800555111)");
        assert_eq!(dial_digits(" +44 (0)7700-900123"), "+447700900123");
        assert_eq!(dial_digits("(01632) 960 001"), "01632960001");
        assert_eq!(plain(&tel("08 08 16 89 111")), "08 08 16 89 111");
    }

    #[test]
    fn the_users_own_words_become_links_without_being_parsed() {
        let line = join_pieces(vec![
            Piece::words("[x](tel:1)"),
            Piece::phone(" 0141 496 0321 "),
            Piece::email("pc@police.example.uk"),
            Piece::email(""),
            Piece::phone("ask"),
        ]);
        let shown: Vec<(&str, Option<&str>)> = line
            .iter()
            .map(|p| (p.text.as_str(), p.href.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                ("[x](tel:1)", None),
                (" · ", None),
                ("0141 496 0321", Some("tel:01414960321")),
                (" · ", None),
                ("pc@police.example.uk", Some("mailto:pc@police.example.uk")),
                (" · ", None),
                ("ask", None),
            ]
        );
    }
}
