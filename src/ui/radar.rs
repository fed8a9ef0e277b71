//! Charts drawn in SVG: a radar of the dimension scores and a horizontal meter.
//!
//! Sizes are SVG attributes, never inline styles, so the charts work under a strict
//! Content-Security-Policy. Geometry is presentation only; the numbers come from the report.

use yew::prelude::*;

/// Props of [`Meter`].
#[derive(Properties, Clone, PartialEq)]
pub struct MeterProps {
    /// How full, 0-100.
    pub percent: usize,
    /// Extra classes for the SVG (its height, mostly).
    #[prop_or_default]
    pub class: Classes,
}

/// A horizontal bar filled to `percent`; decorative, so hidden from assistive technology
/// (its number is always given in text nearby).
#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let percent = props.percent.min(100);
    html! {
        <svg class={classes!("sc-meter", props.class.clone())} viewBox="0 0 100 10"
            preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="sc-meter__track" x="0" y="0" width="100" height="10" />
            <rect class="sc-meter__fill" x="0" y="0" width={percent.to_string()} height="10" />
        </svg>
    }
}

/// One axis of the radar.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The dimension's name.
    pub label: String,
    /// Its score, or `None` when it has none (plotted at the centre, marked hollow).
    pub score: Option<u8>,
}

/// Props of [`Radar`].
#[derive(Properties, Clone, PartialEq)]
pub struct RadarProps {
    /// The axes, clockwise from the top.
    pub axes: Vec<Axis>,
    /// The accessible name of the chart.
    pub label: AttrValue,
}

const RADIUS: f64 = 100.0;
const LABEL_RADIUS: f64 = 118.0;

/// A radar chart of 0-100 scores with rings at 20-point steps (the default level
/// thresholds). The same numbers must be available as text beside it.
#[component]
pub fn Radar(props: &RadarProps) -> Html {
    let n = props.axes.len().max(1);
    let point = |i: usize, r: f64| {
        let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
        (r * angle.cos(), r * angle.sin())
    };
    let polygon = |r: f64| {
        (0..n)
            .map(|i| {
                let (x, y) = point(i, r);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let shape = props
        .axes
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (x, y) = point(i, RADIUS * f64::from(a.score.unwrap_or(0)) / 100.0);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <svg class="sc-radar" viewBox="-175 -150 350 300" role="img" aria-label={props.label.clone()}>
            { for [20.0, 40.0, 60.0, 80.0, 100.0].iter().map(|r| html! {
                <polygon class="sc-radar__grid" points={polygon(RADIUS * r / 100.0)} />
            }) }
            { for (0..n).map(|i| {
                let (x, y) = point(i, RADIUS);
                html! { <line class="sc-radar__axis" x1="0" y1="0" x2={format!("{x:.1}")} y2={format!("{y:.1}")} /> }
            }) }
            <polygon class="sc-radar__shape" points={shape} />
            { for props.axes.iter().enumerate().map(|(i, a)| {
                let (x, y) = point(i, RADIUS * f64::from(a.score.unwrap_or(0)) / 100.0);
                let hollow = a.score.is_none();
                html! {
                    <circle class="sc-radar__point" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3.5"
                        fill-opacity={if hollow { "0" } else { "1" }} />
                }
            }) }
            { for props.axes.iter().enumerate().map(|(i, a)| {
                let (x, y) = point(i, LABEL_RADIUS);
                let anchor = if x > 8.0 { "start" } else if x < -8.0 { "end" } else { "middle" };
                let lines = wrap(&a.label, 16);
                let first_dy = if y < -10.0 { -(lines.len() as f64 - 1.0) * 12.0 } else if y > 10.0 { 6.0 } else { -(lines.len() as f64 - 1.0) * 6.0 + 3.0 };
                html! {
                    <text class="sc-radar__label" x={format!("{x:.1}")} y={format!("{y:.1}")} text-anchor={anchor}>
                        { for lines.into_iter().enumerate().map(|(k, line)| html! {
                            <tspan x={format!("{x:.1}")} dy={if k == 0 { format!("{first_dy:.1}") } else { "12".to_string() }}>{line}</tspan>
                        }) }
                    </text>
                }
            }) }
        </svg>
    }
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
