import type { Resolvers } from '../generated/resolvers-types.js';
import { nafLabel } from '../shared/naf.js';
import { asksFor } from '../shared/selection.js';
import { adviceFor } from './advice.js';
import { levelInfo, LEVELS, nextLevel } from './levels.js';
import { peerGroupLabel } from './peers.js';
import { MATURITY_THEMES, THEME_NAMES } from './questionnaire.js';
import { focusThemes } from './scoring.js';
import * as diagnostics from './service.js';
import { currentQuestionnaire } from './questionnaire.js';

export const diagnosticResolvers: Resolvers = {
  Query: {
    diagnosticQuestionnaire: () => currentQuestionnaire(),
    diagnosticResult: (_, args, ctx) => diagnostics.diagnosticResult(ctx, args.id),
    myDiagnostics: (_, args, ctx) => diagnostics.myDiagnostics(ctx, args.first, args.after),
  },
  Mutation: {
    submitDiagnostic: (_, args, ctx, info) =>
      diagnostics.submitDiagnostic(ctx, args.input, { showsPeers: asksFor(info, 'peers') }),
    claimDiagnostic: (_, args, ctx) => diagnostics.claimDiagnostic(ctx, args.id),
  },
  Questionnaire: {
    themes: () => MATURITY_THEMES.map((theme) => ({ theme, name: THEME_NAMES[theme] })),
    levels: () => [...LEVELS],
  },
  QuestionChoice: {
    exclusive: (c) => c.exclusive === true,
  },
  ThemeScore: {
    name: (t) => THEME_NAMES[t.theme],
  },
  CompanyFacts: {
    nafLabel: (f) => nafLabel(f.nafCode) ?? null,
  },
  DiagnosticResult: {
    levelInfo: (d) => levelInfo(d.level),
    nextLevel: (d) => nextLevel(d.level) ?? null,
    companyFacts: (d) => d.facts,
    claimed: (d) => d.companyId !== undefined,
    peers: async (d, _, ctx) =>
      (await diagnostics.peersOf(ctx, d)).map((p) => ({ ...p, label: peerGroupLabel(p.scope, d.facts) })),
    recommendations: (d) => d,
  },
  DiagnosticRecommendations: {
    focusThemes: (d) => focusThemes(d.themeScores),
    advice: (d) =>
      focusThemes(d.themeScores).map((theme) =>
        adviceFor(theme, d.themeScores.find((t) => t.theme === theme)?.score ?? 0),
      ),
    connecteurs: (d, _, ctx) => diagnostics.recommendedConnecteurs(ctx, d),
    programmes: (d, _, ctx) => diagnostics.recommendedProgrammes(ctx, d),
  }, // A followed company's diagnostics and its latest maturity's level name: the diagnostics domain answers them, so
  // the follow-ups domain does not depend on it (test/architecture/import-graph.test.ts).
  FollowedCompany: {
    diagnostics: (f, args, ctx) => diagnostics.diagnosticsOfCompany(ctx, f.companyId, args.first, args.after),
  },
  MaturitySnapshot: {
    levelName: (s) => levelInfo(s.level).name,
  },
};
