using Render.Scenarios;

return await ImportScenario.RunAsync(args).ConfigureAwait(false);
