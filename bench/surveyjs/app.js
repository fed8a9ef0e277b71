// The SurveyJS side of the benchmark: renders the converted questionnaire (survey-json.js,
// written by make-site.mjs) and, when it is completed, computes and shows the same figures
// Silo Check's results screen starts with, by Silo Check's rules (DESIGN.md, "Scoring"):
// - an answer at level L is worth (L - 1) x 25 points; "Not sure" and unanswered questions
//   leave the denominator;
// - a dimension's score is the rounded (half up) mean of its answered questions' points;
// - the overall score is the weighted rounded mean of the scored dimensions;
// - a score's level is the highest level whose min_score it reaches, and the overall level
//   is capped at the weakest scored dimension's level plus one.
// Silo Check's results screen does more (radar chart, organisational model,
// recommendations, 30/60/90-day plan, share link); this page shows only the scores.
/* global Survey, SurveyUI */
(function () {
  'use strict';
  var data = window.SILO_SURVEY;
  var scoring = data.scoring;

  function roundedMean(sum, n) {
    return Math.floor((2 * sum + n) / (2 * n));
  }

  function levelFor(score) {
    var found = scoring.scale[0];
    for (var i = 0; i < scoring.scale.length; i++) {
      if (score >= scoring.scale[i].min) found = scoring.scale[i];
    }
    return found;
  }

  function score(answers) {
    var dimensions = scoring.dimensions.map(function (d) {
      var sum = 0;
      var n = 0;
      d.questions.forEach(function (id) {
        var value = answers[id];
        if (typeof value === 'number') {
          sum += (value - 1) * 25;
          n += 1;
        }
      });
      var s = n > 0 ? roundedMean(sum, n) : null;
      return { name: d.name, weight: d.weight, score: s, level: s === null ? null : levelFor(s) };
    });
    var weighted = 0;
    var weights = 0;
    var weakest = null;
    dimensions.forEach(function (d) {
      if (d.score === null) return;
      weighted += d.weight * d.score;
      weights += d.weight;
      if (weakest === null || d.level.level < weakest) weakest = d.level.level;
    });
    var overall = weights > 0 ? roundedMean(weighted, weights) : null;
    var level = null;
    if (overall !== null) {
      var uncapped = levelFor(overall);
      level = uncapped;
      if (uncapped.level > weakest + 1) {
        level = scoring.scale.filter(function (s) { return s.level === weakest + 1; })[0] || uncapped;
      }
    }
    return { dimensions: dimensions, overall: overall, level: level };
  }

  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function resultsHtml(r) {
    var rows = r.dimensions.map(function (d) {
      return '<tr><th scope="row">' + escape(d.name) + '</th><td>' +
        (d.score === null ? 'not scored' : d.score) + '</td><td>' +
        (d.level === null ? '' : d.level.level + ': ' + escape(d.level.name)) + '</td></tr>';
    }).join('');
    return '<div id="bench-results"><h2>Your results</h2>' +
      '<p>Overall score <strong id="bench-overall">' + (r.overall === null ? '' : r.overall) + '</strong>' +
      (r.level ? ', level ' + r.level.level + ': ' + escape(r.level.name) : '') + '</p>' +
      '<table><caption>Scores by dimension</caption><thead><tr><th scope="col">Dimension</th>' +
      '<th scope="col">Score</th><th scope="col">Level</th></tr></thead><tbody>' + rows +
      '</tbody></table></div>';
  }

  var model = new Survey.Model(data.survey);
  model.onCompleting.add(function (sender) {
    sender.completedHtml = resultsHtml(score(sender.data));
  });
  SurveyUI.renderSurvey(model, document.getElementById('survey'));
})();
