//! A host's accent colour made readable in both themes: WCAG contrast ratios in integer
//! arithmetic, and the shades of an accent that keep 4.5:1 against the widget's light and
//! dark backgrounds.
//!
//! The widget uses the accent for buttons (with text on it), links and selected answers, so
//! the accent must keep 4.5:1 against the background, and the text on it 4.5:1 against the
//! accent. A colour that has too little contrast in a theme is darkened (light theme) or
//! lightened (dark theme) just enough, and the widget says so in the console: `#8a1538` is
//! fine on white but 1.97:1 on the dark background, so the dark theme uses a lighter shade.
//! Pure functions of the colour, tested natively.

include!(concat!(env!("OUT_DIR"), "/srgb_linear.rs"));

/// The contrast WCAG 2 asks of normal text (AA): 4.5:1, in tenths.
pub const MIN_CONTRAST_TENTHS: u32 = 45;

/// A colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The widget's light background (`--sc-color-bg`, styles/widget.css).
pub const LIGHT_BG: Rgb = Rgb(0xff, 0xff, 0xff);
/// The widget's dark background (`--sc-color-bg` in the dark theme).
pub const DARK_BG: Rgb = Rgb(0x11, 0x14, 0x18);
/// The text on an accent in the dark theme (`--sc-color-accent-text` there).
pub const DARK_TEXT: Rgb = Rgb(0x0b, 0x12, 0x20);

impl Rgb {
    /// A CSS hex colour, `#rgb` or `#rrggbb`.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#')?;
        let channel = |text: &str| u8::from_str_radix(text, 16).ok();
        match digits.len() {
            3 => {
                let mut c = digits.chars().map(|d| channel(&format!("{d}{d}")));
                Some(Rgb(c.next()??, c.next()??, c.next()??))
            }
            6 => Some(Rgb(
                channel(digits.get(0..2)?)?,
                channel(digits.get(2..4)?)?,
                channel(digits.get(4..6)?)?,
            )),
            _ => None,
        }
    }

    /// The colour as `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance in millionths (0 black to 1,000,000 white).
    pub fn luminance(self) -> u32 {
        let linear = |c: u8| u64::from(SRGB_LINEAR.get(usize::from(c)).copied().unwrap_or(0));
        let sum = 2126 * linear(self.0) + 7152 * linear(self.1) + 722 * linear(self.2);
        u32::try_from(sum / 10_000).unwrap_or(1_000_000)
    }

    /// This colour moved `steps` thirty-seconds of the way towards `to`.
    fn towards(self, to: Rgb, steps: u32) -> Rgb {
        let mix = |a: u8, b: u8| {
            let (a, b) = (u32::from(a), u32::from(b));
            let mixed = (a * (32 - steps) + b * steps + 16) / 32;
            u8::try_from(mixed).unwrap_or(u8::MAX)
        };
        Rgb(mix(self.0, to.0), mix(self.1, to.1), mix(self.2, to.2))
    }
}

/// The contrast ratio of two colours in tenths, rounded down: 21:1 is 210, 4.5:1 is 45.
pub fn contrast_tenths(a: Rgb, b: Rgb) -> u32 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 50_000) * 10 / (dark + 50_000)
}

/// The accent's colours in one theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shades {
    /// The accent itself: buttons, links, selected answers.
    pub accent: Rgb,
    /// Text on the accent.
    pub text: Rgb,
    /// A faint tint of it, for selected and highlighted backgrounds.
    pub soft: Rgb,
    /// The contrast of the host's colour itself against this theme's background, in
    /// tenths, when it was too little and [`Shades::accent`] is another shade.
    pub adjusted_from: Option<u32>,
}

/// The accent's shades against `background`, moving towards `away` (black on a light
/// background, white on a dark one) until the accent keeps 4.5:1; text on it is the
/// background's own colour (white) on light, `DARK_TEXT` on dark.
fn shades(colour: Rgb, background: Rgb, away: Rgb, text: Rgb, soft_steps: u32) -> Shades {
    let before = contrast_tenths(colour, background);
    let accent = (0..=32)
        .map(|steps| colour.towards(away, steps))
        .find(|shade| {
            contrast_tenths(*shade, background) >= MIN_CONTRAST_TENTHS
                && contrast_tenths(*shade, text) >= MIN_CONTRAST_TENTHS
        })
        .unwrap_or(away);
    Shades {
        accent,
        text,
        soft: accent.towards(background, soft_steps),
        adjusted_from: (accent != colour).then_some(before),
    }
}

/// A host accent's shades for the light theme and the dark theme.
pub fn accent_shades(colour: Rgb) -> (Shades, Shades) {
    let black = Rgb(0, 0, 0);
    let white = Rgb(0xff, 0xff, 0xff);
    (
        shades(colour, LIGHT_BG, black, LIGHT_BG, 29),
        shades(colour, DARK_BG, white, DARK_TEXT, 26),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse(hex).unwrap_or(Rgb(1, 2, 3))
    }

    #[test]
    fn contrast_ratios_match_wcag() {
        assert_eq!(contrast_tenths(rgb("#000"), rgb("#fff")), 210);
        assert_eq!(contrast_tenths(rgb("#fff"), rgb("#fff")), 10);
        // By WCAG's formula in floating point: #1a56c4 on white is 6.62:1, #8a1538 on
        // #111418 1.97:1.
        assert_eq!(contrast_tenths(rgb("#1a56c4"), LIGHT_BG), 66);
        assert_eq!(contrast_tenths(rgb("#8a1538"), DARK_BG), 19);
        assert_eq!(rgb("#0a7"), Rgb(0x00, 0xaa, 0x77));
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(rgb("#8A1538").hex(), "#8a1538");
    }

    #[test]
    fn every_accent_gets_readable_shades_in_both_themes() {
        for hex in [
            "#8a1538", "#ffff00", "#000000", "#ffffff", "#777777", "#0a7", "#1a56c4", "#ff0000",
            "#00ffff", "#123456", "#fedcba", "#808080",
        ] {
            let (light, dark) = accent_shades(rgb(hex));
            for (theme, shades, background) in
                [("light", &light, LIGHT_BG), ("dark", &dark, DARK_BG)]
            {
                for (what, a, b) in [
                    ("accent on the background", shades.accent, background),
                    ("text on the accent", shades.text, shades.accent),
                ] {
                    assert!(
                        contrast_tenths(a, b) >= MIN_CONTRAST_TENTHS,
                        "{hex}, {theme} theme: {what} is {}",
                        contrast_tenths(a, b)
                    );
                }
            }
        }
    }

    #[test]
    fn a_readable_accent_is_kept_and_an_unreadable_one_says_so() {
        let (light, dark) = accent_shades(rgb("#8a1538"));
        assert_eq!(light.accent, rgb("#8a1538"));
        assert_eq!(light.adjusted_from, None);
        assert_ne!(dark.accent, rgb("#8a1538"));
        assert_eq!(dark.adjusted_from, Some(19));
        let (light, _) = accent_shades(rgb("#ffff00"));
        assert_eq!(light.adjusted_from, Some(10));
    }
}
