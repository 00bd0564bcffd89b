using Render.Client;
using Render.Examples;
using Render.Examples.Chapters;

// render-python's user guide in C#: run against a render server named by RENDER_HOST, RENDER_PORT,
// RENDER_OWNER and RENDER_PROJECT, optionally with the number of sections and of tiles per section.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var grid = AcquisitionGrid.FromArguments(args);
    using var client = ConnectChapter.Connect(Environment.GetEnvironmentVariable, Console.Out);
    await Guide.RunAsync(client, grid, Console.Out, cancellation.Token);
    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
catch (Exception e) when (e is RenderException or InvalidOperationException or ArgumentException)
{
    Console.Error.WriteLine($"the guide stopped: {e.Message}");
    return 1;
}
