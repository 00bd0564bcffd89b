using Render.Cli;

// `render serve` runs with the service's runtime settings, the other commands with those that start fastest.
ServeRuntime.RestartWithServiceSettings(args);
return await RenderCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
