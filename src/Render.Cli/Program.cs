using Render.Cli;

return await RenderCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
