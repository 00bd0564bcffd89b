using Render.Examples.Chapters;
using Render.Examples.Tests.Harness;

namespace Render.Examples.Tests.Chapters;

[Collection(GuideServerCollection.Name)]
public sealed class ConnectChapterTests(GuideServerFixture server)
{
    [Fact]
    public void Connect_RenderVariables_NameTheServerOwnerAndProject()
    {
        var log = new StringWriter();

        using var client = ConnectChapter.Connect(GuideServerFixture.Lookup(server.Variables), log);

        Assert.Equal(server.Client.Connection.ApiBase, client.Connection.ApiBase);
        Assert.Equal(int.Parse(server.Variables["RENDER_PORT"], System.Globalization.CultureInfo.InvariantCulture), client.Connection.ApiBase.Port);
        Assert.Equal((GuideServerFixture.Owner, GuideServerFixture.Project), (client.Connection.Owner, client.Connection.Project));
        Assert.Contains(GuideServerFixture.Owner, log.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RENDER_OWNER")]
    [InlineData("RENDER_PROJECT")]
    public void Connect_WithoutOwnerOrProject_Throws(string missing)
    {
        var variables = server.Variables.Where(entry => entry.Key != missing).ToDictionary();

        var error = Assert.Throws<InvalidOperationException>(() => ConnectChapter.Connect(GuideServerFixture.Lookup(variables), TextWriter.Null));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_WithoutHost_Throws()
    {
        var variables = server.Variables.Where(entry => entry.Key != "RENDER_HOST").ToDictionary();

        Assert.Throws<InvalidOperationException>(() => ConnectChapter.Connect(GuideServerFixture.Lookup(variables), TextWriter.Null));
    }

    [Fact]
    public async Task RunAsync_AfterAStackIsMade_ListsItsOwnerProjectAndStack()
    {
        var made = await OneTileStackChapter.RunAsync(server.Client, GuideServerFixture.NewPrefix(), TextWriter.Null, CancellationToken.None);

        var listing = await ConnectChapter.RunAsync(server.Client, TextWriter.Null, CancellationToken.None);

        Assert.Contains(GuideServerFixture.Owner, listing.Owners);
        Assert.Contains(GuideServerFixture.Project, listing.Projects);
        Assert.Contains(made.StackId, listing.Stacks);
    }
}
