// StrykerJS ignorer plugins (stryker.config.mjs `ignorers`): code whose
// mutants cannot matter to what the daemon does, excluded with the reason
// Stryker shows in its report, instead of lowering a bar.
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

/** `this.stats.<counter>`: diagnostics counters that no code path reads. */
const isStatsMember = (node) =>
  node?.type === "MemberExpression" &&
  node.object.type === "MemberExpression" &&
  node.object.object.type === "ThisExpression" &&
  node.object.property.type === "Identifier" &&
  node.object.property.name === "stats";

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "metrics-counters", {
    shouldIgnore(path) {
      // `this.stats.hits++` and the counters' zero initialiser.
      if (path.isUpdateExpression() && isStatsMember(path.node.argument))
        return "metrics counter: diagnostics only, no code path reads it";
      if (path.isClassProperty() && path.node.key.type === "Identifier" && path.node.key.name === "stats") {
        return "metrics counters' initial values: diagnostics only, no code path reads them";
      }
      return undefined;
    },
  }),
];
