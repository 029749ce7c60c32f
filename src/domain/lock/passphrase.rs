//! Passphrase rules, and how strong a passphrase looks as it is typed.

use super::MIN_PASSPHRASE_CHARS;

/// How hard a passphrase would be to guess, for the hint shown as it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

impl Strength {
    pub fn label(self) -> &'static str {
        match self {
            Strength::TooShort => "Too short: use at least 10 characters.",
            Strength::Weak => "Weak: easy to guess. Add more words.",
            Strength::Fair => "Fair. Another word or two would make it strong.",
            Strength::Strong => "Strong.",
        }
    }
}

/// A rough estimate: length times the variety of characters, less for repeated characters.
/// Three or four ordinary words with spaces come out strong; a short word with digits does not.
pub fn strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return Strength::TooShort;
    }
    let mut pool = 0u32;
    if chars.iter().any(|c| c.is_lowercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_uppercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if chars.iter().any(|c| !c.is_alphanumeric()) {
        pool += 20;
    }
    let mut distinct = chars.clone();
    crate::domain::sort::sort_by(&mut distinct, |a, b| a.cmp(b));
    distinct.dedup();
    // Count each character once more than the distinct ones only at half weight.
    let effective = distinct.len() as f64 + (chars.len() - distinct.len()) as f64 * 0.5;
    let bits = effective * (pool.max(2) as f64).log2();
    match bits {
        b if b < 55.0 => Strength::Weak,
        b if b < 75.0 => Strength::Fair,
        _ => Strength::Strong,
    }
}

/// A new passphrase as typed twice: the first problem, if any.
pub fn check_new_passphrase(first: &str, again: &str) -> Result<(), &'static str> {
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err("The passphrase needs at least 10 characters. A few ordinary words with spaces are easy to remember and hard to guess.");
    }
    if first != again {
        return Err("The two passphrases are not the same. Type them again.");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrase_rules_and_strength() {
        assert!(check_new_passphrase("short", "short").is_err());
        assert!(check_new_passphrase("long enough one", "long enough two").is_err());
        assert_eq!(
            check_new_passphrase("long enough one", "long enough one"),
            Ok(())
        );
        assert_eq!(strength("abc"), Strength::TooShort);
        assert_eq!(strength("aaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(strength("password12"), Strength::Weak);
        assert_eq!(strength("purple tractor"), Strength::Fair);
        assert_eq!(strength("purple tractor sings loudly"), Strength::Strong);
        assert!(strength("Purple tractor 42!") > strength("purple tractor"));
    }
}
