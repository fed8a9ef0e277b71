//! Charts drawn in SVG: a radar of the dimension scores and a horizontal meter.
//!
//! Sizes are SVG attributes, never inline styles, so the charts work under a strict
//! Content-Security-Policy. Geometry is presentation only; the numbers come from the report.

use yew::prelude::*;

/// A horizontal bar filled to `percent`; decorative, so hidden from assistive technology
/// (its number is always given in text nearby).
pub fn meter(percent: usize, class: &'static str) -> Html {
    let percent = percent.min(100);
    html! {
        <svg class={format!("sc-meter {class}")} viewBox="0 0 100 10"
            preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="sc-meter__track" x="0" y="0" width="100" height="10" />
            <rect class="sc-meter__fill" x="0" y="0" width={percent.to_string()} height="10" />
        </svg>
    }
}

/// One shape on the radar: a respondent, a department or the organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the shape shows, for the legend.
    pub label: String,
    /// One score a dimension, in axis order; `None` is plotted at the centre, hollow.
    pub scores: Vec<Option<u8>>,
}

/// The radar's radius in SVG units, and the radius labels are placed at.
const RADIUS: i32 = 86;
const LABEL_RADIUS: i32 = 102;
/// How many series colours the stylesheet defines (`sc-radar__series--0` to `--7`).
const PALETTE: usize = 8;

/// A radar chart of 0-100 scores with rings at 20-point steps (the default level
/// thresholds): `labels` are the dimension names, clockwise from the top; each of `series`
/// is a shape (with more than one, each gets its own colour and a legend); `label` is the
/// chart's accessible name. The same numbers must be available as text beside it.
pub fn radar(labels: &[String], series: &[Series], label: &str) -> Html {
    let n = labels.len().max(1);
    // Unit vectors of the axes, in tenths of an SVG unit per unit of radius, clockwise
    // from the top.
    let axes: Vec<(f64, f64)> = (0..n).map(|i| axis(i, n)).collect();
    let point = |i: usize, r: i32| Point::at(axes[i], r);
    let polygon = |r: i32| {
        let mut out = String::new();
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            point(i, r).push_pair(&mut out);
        }
        out
    };
    let scaled = |score: Option<u8>| RADIUS * i32::from(score.unwrap_or(0)) / 100;
    let many = series.len() > 1;
    html! {
        <figure class="sc-radar-figure">
        <svg class="sc-radar" viewBox="-175 -150 350 300" role="img" aria-label={label.to_string()}>
            { for [20, 40, 60, 80, 100].iter().map(|r| html! {
                <polygon class="sc-radar__grid" points={polygon(RADIUS * r / 100)} />
            }) }
            { for (0..n).map(|i| {
                let p = point(i, RADIUS);
                html! { <line class="sc-radar__axis" x1="0" y1="0" x2={tenths(p.x)} y2={tenths(p.y)} /> }
            }) }
            { for series.iter().enumerate().map(|(k, series)| {
                let mut shape = String::new();
                for (i, s) in series.scores.iter().enumerate().take(n) {
                    if i > 0 {
                        shape.push(' ');
                    }
                    point(i, scaled(*s)).push_pair(&mut shape);
                }
                let class = format!("sc-radar__series sc-radar__series--{}{}", k % PALETTE, if many { " sc-radar__series--overlay" } else { "" });
                html! {
                    <g class={class}>
                        <polygon class="sc-radar__shape" points={shape} />
                        { for series.scores.iter().enumerate().take(n).map(|(i, s)| {
                            let p = point(i, scaled(*s));
                            html! {
                                <circle class="sc-radar__point" cx={tenths(p.x)} cy={tenths(p.y)} r="3.5"
                                    fill-opacity={if s.is_none() { "0" } else { "1" }} />
                            }
                        }) }
                    </g>
                }
            }) }
            { for labels.iter().enumerate().map(|(i, label)| {
                let p = point(i, LABEL_RADIUS);
                let anchor = if p.x > 80 { "start" } else if p.x < -80 { "end" } else { "middle" };
                let lines = wrap(label, 13);
                let extra = lines.len().saturating_sub(1) as i32;
                // In tenths: above the chart the block ends at the point, below it starts
                // there, beside it it is centred on the point.
                let first_dy = if p.y < -100 { -140 * extra } else if p.y > 100 { 80 } else { -70 * extra + 40 };
                // On a narrow chart a number in place of the name (the names are listed
                // beside it, `sc-radar__keys`), which the stylesheet chooses.
                html! {
                    <>
                    <text class="sc-radar__label" x={tenths(p.x)} y={tenths(p.y)} text-anchor={anchor}>
                        { for lines.into_iter().enumerate().map(|(k, line)| html! {
                            <tspan x={tenths(p.x)} dy={if k == 0 { tenths(first_dy) } else { "14".to_string() }}>{line}</tspan>
                        }) }
                    </text>
                    <text class="sc-radar__key" x={tenths(p.x)} y={tenths(p.y)} text-anchor={anchor} dy="6">{i + 1}</text>
                    </>
                }
            }) }
        </svg>
        <ol class="sc-radar__keys" aria-hidden="true">
            { for labels.iter().map(|label| html! { <li>{label.clone()}</li> }) }
        </ol>
        if many {
            <figcaption>
                <ul class="sc-legend" aria-hidden="true">
                    { for series.iter().enumerate().map(|(k, s)| html! {
                        <li><span class={format!("sc-legend__swatch sc-radar__series--{}", k % PALETTE)}></span>{s.label.clone()}</li>
                    }) }
                </ul>
            </figcaption>
        }
        </figure>
    }
}

/// A point of the chart in tenths of an SVG unit.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    /// The point at radius `r` along an axis's unit vector, rounded to a tenth.
    fn at((x, y): (f64, f64), r: i32) -> Point {
        let tenth = |v: f64| (v * f64::from(r) * 10.0 + 0.5).floor() as i32;
        Point {
            x: tenth(x),
            y: tenth(y),
        }
    }

    /// Appends `x,y` in SVG units.
    fn push_pair(self, out: &mut String) {
        out.push_str(&tenths(self.x));
        out.push(',');
        out.push_str(&tenths(self.y));
    }
}

/// `-123` tenths as `-12.3`. Integers only: the chart needs no float formatting.
fn tenths(v: i32) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let v = v.unsigned_abs();
    format!("{sign}{}.{}", v / 10, v % 10)
}

/// The unit vector of axis `i` of `n`, clockwise from the top, in SVG coordinates (y
/// grows downwards): `(sin a, -cos a)` for the angle `a = i/n` of a full turn.
fn axis(i: usize, n: usize) -> (f64, f64) {
    // Quarter turns and the angle into the current quarter, in [0, π/2).
    let quarters = 4.0 * i as f64 / n as f64;
    let quarter = quarters.floor();
    let (s, c) = sin_cos(std::f64::consts::FRAC_PI_2 * (quarters - quarter));
    let (sin, cos) = match quarter as u32 % 4 {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    };
    (sin, -cos)
}

/// Sine and cosine of an angle in [0, π/2] by their Taylor series to the 17th power
/// (error below 1e-9 there), without the maths library's general range reduction.
fn sin_cos(a: f64) -> (f64, f64) {
    let a2 = a * a;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut s_term, mut c_term) = (a, 1.0);
    for k in 1..=9 {
        sin += s_term;
        cos += c_term;
        let k = f64::from(k);
        s_term *= -a2 / ((2.0 * k) * (2.0 * k + 1.0));
        c_term *= -a2 / ((2.0 * k - 1.0) * (2.0 * k));
    }
    (sin, cos)
}

/// Splits a label into lines of at most about `width` characters, at spaces.
fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_match_the_maths_library() {
        for n in 1..=12 {
            for i in 0..n {
                let a = std::f64::consts::TAU * i as f64 / n as f64;
                let (x, y) = axis(i, n);
                assert!((x - a.sin()).abs() < 1e-9, "sin, axis {i} of {n}");
                assert!((y + a.cos()).abs() < 1e-9, "cos, axis {i} of {n}");
            }
        }
    }

    #[test]
    fn tenths_are_written_like_decimals() {
        assert_eq!(tenths(0), "0.0");
        assert_eq!(tenths(1234), "123.4");
        assert_eq!(tenths(-5), "-0.5");
        assert_eq!(tenths(-1180), "-118.0");
    }
}
