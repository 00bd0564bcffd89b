namespace Render.Client.Tests;

/// <summary>Connection defaults from the environment, under both the current and the old variable names.</summary>
public sealed class RenderConnectionTests
{
    [Fact]
    public void FromEnvironment_CurrentNames_ReadsEveryValue()
    {
        var connection = RenderConnection.FromEnvironment(Variables(new()
        {
            ["RENDER_HOST"] = "em-server",
            ["RENDER_PORT"] = "8080",
            ["RENDER_OWNER"] = "flyTEM",
            ["RENDER_PROJECT"] = "FAFB00",
            ["RENDER_CLIENT_SCRIPTS"] = "/opt/render/scripts",
            ["RENDER_CLIENT_HEAP"] = "2G",
        }));

        Assert.Equal(new RenderConnection("em-server", 8080, "flyTEM", "FAFB00", "/opt/render/scripts", "2G"), connection);
        Assert.Equal(new Uri("http://em-server:8080/render-ws/v1/"), connection.ApiBase);
        Assert.Equal("http://em-server:8080/render-ws/v1", connection.BaseDataUrl);
    }

    [Fact]
    public void FromEnvironment_OldDefaultNames_AreAccepted()
    {
        var connection = RenderConnection.FromEnvironment(Variables(new()
        {
            ["DEFAULT_RENDER_HOST"] = "http://old-server",
            ["DEFAULT_RENDER_PORT"] = "9000",
            ["DEFAULT_RENDER_OWNER"] = "oldOwner",
            ["DEFAULT_RENDER_PROJECT"] = "oldProject",
            ["DEFAULT_RENDER_CLIENT_SCRIPTS"] = "/old/scripts",
        }));

        Assert.Equal(new RenderConnection("http://old-server", 9000, "oldOwner", "oldProject", "/old/scripts"), connection);
    }

    [Fact]
    public void FromEnvironment_BothNames_CurrentNamesWin()
    {
        var connection = RenderConnection.FromEnvironment(Variables(new()
        {
            ["RENDER_HOST"] = "new-server",
            ["DEFAULT_RENDER_HOST"] = "old-server",
            ["DEFAULT_RENDER_PORT"] = "9000",
            ["RENDER_OWNER"] = "",
            ["DEFAULT_RENDER_OWNER"] = "oldOwner",
        }));

        Assert.Equal("new-server", connection.Host);
        Assert.Equal(9000, connection.Port);
        Assert.Equal("oldOwner", connection.Owner);
        Assert.Null(connection.Project);
    }

    [Fact]
    public void FromEnvironment_NoHost_ThrowsInsteadOfPrompting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RenderConnection.FromEnvironment(Variables(new() { ["RENDER_PORT"] = "8080" })));

        Assert.Contains("RENDER_HOST", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eighty")]
    [InlineData("70000")]
    public void FromEnvironment_BadPort_Throws(string port) =>
        Assert.Throws<InvalidOperationException>(() => RenderConnection.FromEnvironment(Variables(new() { ["RENDER_HOST"] = "h", ["RENDER_PORT"] = port })));

    [Theory]
    [InlineData("localhost", 8080, "http://localhost:8080/render-ws/v1/")]
    [InlineData("https://render.example.org", null, "https://render.example.org/render-ws/v1/")]
    [InlineData("http://10.0.0.5/", 80, "http://10.0.0.5/render-ws/v1/")]
    public void ApiBase_HostWithOrWithoutScheme_IsTheRenderWsRoot(string host, int? port, string expected) =>
        Assert.Equal(new Uri(expected), new RenderConnection(host, port).ApiBase);

    private static Func<string, string?> Variables(Dictionary<string, string> values) =>
        name => values.GetValueOrDefault(name);
}
