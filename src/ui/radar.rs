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

/// One shape on the radar: a respondent, a department or the organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the shape shows, for the legend.
    pub label: String,
    /// One score a dimension, in axis order; `None` is plotted at the centre, hollow.
    pub scores: Vec<Option<u8>>,
}

/// Props of [`Radar`].
#[derive(Properties, Clone, PartialEq)]
pub struct RadarProps {
    /// The dimension names, clockwise from the top.
    pub labels: Vec<String>,
    /// The shapes to draw; with more than one, each gets its own colour and a legend.
    pub series: Vec<Series>,
    /// The accessible name of the chart.
    pub label: AttrValue,
}

const RADIUS: f64 = 100.0;
const LABEL_RADIUS: f64 = 118.0;
/// How many series colours the stylesheet defines (`sc-radar__series--0` to `--7`).
const PALETTE: usize = 8;

/// A radar chart of 0-100 scores with rings at 20-point steps (the default level
/// thresholds). The same numbers must be available as text beside it.
#[component]
pub fn Radar(props: &RadarProps) -> Html {
    let n = props.labels.len().max(1);
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
    let many = props.series.len() > 1;
    html! {
        <figure class="sc-radar-figure">
        <svg class="sc-radar" viewBox="-175 -150 350 300" role="img" aria-label={props.label.clone()}>
            { for [20.0, 40.0, 60.0, 80.0, 100.0].iter().map(|r| html! {
                <polygon class="sc-radar__grid" points={polygon(RADIUS * r / 100.0)} />
            }) }
            { for (0..n).map(|i| {
                let (x, y) = point(i, RADIUS);
                html! { <line class="sc-radar__axis" x1="0" y1="0" x2={format!("{x:.1}")} y2={format!("{y:.1}")} /> }
            }) }
            { for props.series.iter().enumerate().map(|(k, series)| {
                let at = |i: usize, score: Option<u8>| point(i, RADIUS * f64::from(score.unwrap_or(0)) / 100.0);
                let shape = series.scores.iter().enumerate()
                    .map(|(i, s)| { let (x, y) = at(i, *s); format!("{x:.1},{y:.1}") })
                    .collect::<Vec<_>>()
                    .join(" ");
                let class = classes!("sc-radar__series", format!("sc-radar__series--{}", k % PALETTE), many.then_some("sc-radar__series--overlay"));
                html! {
                    <g class={class}>
                        <polygon class="sc-radar__shape" points={shape} />
                        { for series.scores.iter().enumerate().map(|(i, s)| {
                            let (x, y) = at(i, *s);
                            html! {
                                <circle class="sc-radar__point" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="3.5"
                                    fill-opacity={if s.is_none() { "0" } else { "1" }} />
                            }
                        }) }
                    </g>
                }
            }) }
            { for props.labels.iter().enumerate().map(|(i, label)| {
                let (x, y) = point(i, LABEL_RADIUS);
                let anchor = if x > 8.0 { "start" } else if x < -8.0 { "end" } else { "middle" };
                let lines = wrap(label, 16);
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
        if many {
            <figcaption>
                <ul class="sc-legend" aria-hidden="true">
                    { for props.series.iter().enumerate().map(|(k, s)| html! {
                        <li><span class={classes!("sc-legend__swatch", format!("sc-radar__series--{}", k % PALETTE))}></span>{s.label.clone()}</li>
                    }) }
                </ul>
            </figcaption>
        }
        </figure>
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
