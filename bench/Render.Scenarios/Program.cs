using Render.Scenarios;

var options = ScenarioOptions.Parse(args);
return options.Scenario switch
{
    "matches" => await MatchScenario.RunAsync(options).ConfigureAwait(false),
    "render-box" => await RenderBoxScenario.RunAsync(options).ConfigureAwait(false),
    "client-import" => await ClientImportScenario.RunAsync(options).ConfigureAwait(false),
    "solve" => SolveScenario.Run(args),
    "solve-service" => await SolveServiceScenario.RunAsync(options, args).ConfigureAwait(false),
    _ => await ImportScenario.RunAsync(args).ConfigureAwait(false),
};
