using Render.Examples.Tests.Harness;
using Render.Model.Stacks;

namespace Render.Examples.Tests;

[Collection(GuideServerCollection.Name)]
public sealed class GuideTests(GuideServerFixture server)
{
    [Fact]
    public async Task RunAsync_TwiceAgainstOneServer_EachRunMakesItsOwnCompleteStacks()
    {
        var (firstLog, secondLog) = (new StringWriter(), new StringWriter());

        var first = await Guide.RunAsync(server.Client, GuideServerFixture.SmallGrid, firstLog, CancellationToken.None);
        var second = await Guide.RunAsync(server.Client, GuideServerFixture.SmallGrid, secondLog, CancellationToken.None);

        Assert.NotEqual(first, second);
        foreach (var prefix in new[] { first, second })
        {
            var stacks = (await server.Client.Stacks.GetMetaDataByOwnerAsync())
                .Where(meta => meta.StackId.Stack.StartsWith(prefix + "_", StringComparison.Ordinal))
                .ToDictionary(meta => meta.StackId.Stack[(prefix.Length + 1)..], StringComparer.Ordinal);
            Assert.Equal(["acquisition", "aligned", "montage", "one_tile"], stacks.Keys.Order(StringComparer.Ordinal));
            Assert.All(stacks.Values, meta => Assert.Equal(StackState.Complete, meta.State));
            Assert.Equal(GuideServerFixture.SmallGrid.TileCount, stacks["acquisition"].Stats?.TileCount);
        }

        Assert.EndsWith("== done" + Environment.NewLine, secondLog.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WritesEveryChapterInOrder()
    {
        var log = new StringWriter();

        await Guide.RunAsync(server.Client, GuideServerFixture.SmallGrid, log, CancellationToken.None);

        var text = log.ToString();
        var headings = Enumerable.Range(1, 8).Select(chapter => text.IndexOf($"== {chapter}. ", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, headings);
        Assert.Equal(headings.Order(), headings);
    }
}
