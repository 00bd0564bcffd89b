using System.Net;
using System.Reflection;
using System.Text.Json;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Endpoints;

/// <summary><c>GET /versionInfo</c>: the build's version, with the git commit it was built from when the build knew it.</summary>
public sealed class VersionInfoEndpointTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
{
    [Fact]
    public async Task VersionInfo_Always_AnswersTheServerAssemblysInformationalVersion()
    {
        var expected = typeof(RenderServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        using var response = await server.Client.GetAsync("versionInfo");
        var info = JsonSerializer.Deserialize<Dictionary<string, string>>(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, info["version"]);
        Assert.Equal(expected.Split('+')[0], info["git.build.version"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", info["git.build.version"]);
    }

    [Fact]
    public async Task VersionInfo_CommitInTheBuildVersion_IsTheGitCommitId()
    {
        var version = typeof(RenderServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        using var response = await server.Client.GetAsync("versionInfo");
        var info = JsonSerializer.Deserialize<Dictionary<string, string>>(await response.Content.ReadAsStringAsync())!;

        // A build from a git checkout carries the commit after '+'; one without git carries none and says none.
        if (version.Split('+') is [_, var commit])
        {
            Assert.Matches("^[0-9a-f]{40}$", commit);
            Assert.Equal(commit, info["git.commit.id"]);
        }
        else
        {
            Assert.False(info.ContainsKey("git.commit.id"));
        }
    }
}
