// Builds bench/surveyjs/site/: a page that renders Silo Check's built-in questionnaire with
// SurveyJS (survey-core and survey-js-ui from node_modules, at the versions pinned in
// package-lock.json), for the side-by-side benchmark (bench/run.mjs).
//
// The questionnaire becomes SurveyJS JSON here, at bench time:
// - one page per dimension (its name and description), in questionnaire order;
// - a radiogroup per question: its prompt and help, the five anchored options (values 1-5)
//   and, when the question offers it, SurveyJS's "none" item as "Not sure";
// - a last page "About you" with the profile questions as dropdowns;
// - texts with several languages become SurveyJS localizable strings (`default` is English,
//   the other languages keep their code), so both pages carry every language.
// The completion page shows what app.js computes with Silo Check's scoring rules: a score
// and level per dimension and overall (see app.js).
//
// usage: node bench/surveyjs/make-site.mjs [questionnaire.json] [out-dir]
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

/** A questionnaire text (a string, or an object of language → string) as SurveyJS text. */
function text(value) {
  if (value == null || typeof value === 'string') return value ?? undefined;
  const { en, ...others } = value;
  const first = en ?? Object.values(value)[0];
  return Object.keys(others).length === 0 ? first : { default: first, ...others };
}

/** The same text in English only (for the harness's own results page). */
function english(value) {
  if (value == null || typeof value === 'string') return value ?? '';
  return value.en ?? Object.values(value)[0] ?? '';
}

export function toSurveyJs(q) {
  const pages = q.dimensions.map((d) => ({
    name: d.id,
    title: text(d.name),
    description: text(d.description),
    elements: q.questions
      .filter((question) => question.dimension === d.id)
      .map((question) => ({
        type: 'radiogroup',
        name: question.id,
        title: text(question.prompt),
        description: text(question.help),
        choices: question.options.map((o) => ({ value: o.level, text: text(o.label) })),
        showNoneItem: question.not_sure !== false,
        noneText: 'Not sure',
      })),
  }));
  pages.push({
    name: 'profile',
    title: 'About you',
    description:
      'These questions are optional and are not scored. They help compare views across departments.',
    elements: (q.profile ?? []).map((p) => ({
      type: 'dropdown',
      name: p.id,
      title: text(p.prompt),
      choices: p.options.map((o) => ({ value: o.id, text: text(o.label) })),
    })),
  });
  const survey = {
    title: text(q.title),
    description: text(q.intro),
    showQuestionNumbers: 'on',
    showProgressBar: 'top',
    completeText: 'See my results',
    pages,
  };
  const scoring = {
    scale: q.scale.map((s) => ({ level: s.level, name: english(s.name), min: s.min_score })),
    dimensions: q.dimensions.map((d) => ({
      id: d.id,
      name: english(d.name),
      weight: d.weight,
      questions: q.questions.filter((x) => x.dimension === d.id).map((x) => x.id),
    })),
  };
  return { survey, scoring };
}

export function makeSite(
  questionnairePath = join(root, 'questionnaires', 'social-media-integration.json'),
  out = join(here, 'site'),
) {
  const q = JSON.parse(readFileSync(questionnairePath, 'utf8'));
  const { survey, scoring } = toSurveyJs(q);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const modules = join(root, 'node_modules');
  // The fontless stylesheet: the default one loads Open Sans from fonts.gstatic.com, a
  // third-party request Silo Check never makes (it uses the system's fonts).
  for (const [from, to] of [
    ['survey-core/survey.core.min.js', 'survey.core.min.js'],
    ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
    ['survey-core/survey-core.fontless.min.css', 'survey-core.min.css'],
  ]) {
    copyFileSync(join(modules, from), join(out, to));
  }
  copyFileSync(join(here, 'app.js'), join(out, 'app.js'));
  copyFileSync(join(root, 'styles', 'page.css'), join(out, 'page.css'));
  writeFileSync(
    join(out, 'survey-json.js'),
    `window.SILO_SURVEY = ${JSON.stringify({ survey, scoring })};\n`,
  );
  writeFileSync(join(out, 'index.html'), readFileSync(join(here, 'index.html')));
  const version = (name) =>
    JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
  return { out, versions: { 'survey-core': version('survey-core'), 'survey-js-ui': version('survey-js-ui') } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { out, versions } = makeSite(process.argv[2], process.argv[3]);
  console.log(`SurveyJS page (survey-core ${versions['survey-core']}, survey-js-ui ${versions['survey-js-ui']}) in ${out}`);
}
