using System.Collections.Concurrent;
using Render.Matching.Pipeline;
using Render.Model.Rendering;

namespace Render.Matching.Tests.Pipeline;

/// <summary>Render parameters fetched ahead of the workers: each once, in order, a bounded number ahead.</summary>
public sealed class ParameterPrefetchTests
{
    private readonly ConcurrentDictionary<string, int> _loads = new();

    [Fact]
    public async Task TakeAsync_EveryCanvas_FetchesEachOnce()
    {
        var canvases = Canvases("a", "b", "c");
        using var prefetch = new ParameterPrefetch(canvases, ahead: 8, CancellationToken.None);

        foreach (var canvas in canvases)
        {
            var parameters = await prefetch.TakeAsync(canvas, CancellationToken.None);
            Assert.Equal(canvas.Key.Length, parameters.Width);
        }

        Assert.All(canvases, canvas => Assert.Equal(1, _loads.GetValueOrDefault(canvas.Key)));
    }

    [Fact]
    public async Task TakeAsync_SameCanvasTwice_FetchesItAgain()
    {
        var canvases = Canvases("a");
        using var prefetch = new ParameterPrefetch(canvases, ahead: 2, CancellationToken.None);

        await prefetch.TakeAsync(canvases[0], CancellationToken.None);
        await prefetch.TakeAsync(canvases[0], CancellationToken.None);

        Assert.Equal(2, _loads["a"]);
    }

    [Fact]
    public async Task ParameterPrefetch_NothingTaken_FetchesNoMoreThanTheWindow()
    {
        var canvases = Canvases("a", "b", "c", "d");
        using var prefetch = new ParameterPrefetch(canvases, ahead: 2, CancellationToken.None);
        await Task.Delay(300);

        Assert.Equal(["a", "b"], _loads.Keys.Order());
        await prefetch.TakeAsync(canvases[0], CancellationToken.None);
        await Task.Delay(300);
        Assert.Equal(["a", "b", "c"], _loads.Keys.Order());
    }

    [Fact]
    public async Task TakeAsync_FetchFailed_ThrowsItsError()
    {
        var failing = new CanvasRequest("bad", null, _ => throw new InvalidOperationException("no such stack"));
        using var prefetch = new ParameterPrefetch([failing], ahead: 2, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await prefetch.TakeAsync(failing, CancellationToken.None));
        Assert.Equal("no such stack", error.Message);
    }

    private List<CanvasRequest> Canvases(params string[] keys) =>
        [.. keys.Select(key => new CanvasRequest(key, null, _ =>
        {
            _loads.AddOrUpdate(key, 1, (_, count) => count + 1);
            return ValueTask.FromResult(new RenderParameters(Width: key.Length));
        }))];
}
