using Render.Scenarios;

return args.Contains("matches")
    ? await MatchScenario.RunAsync(ScenarioOptions.Parse(args)).ConfigureAwait(false)
    : await ImportScenario.RunAsync(args).ConfigureAwait(false);
