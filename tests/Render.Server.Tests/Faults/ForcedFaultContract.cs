using System.Net;
using System.Text.RegularExpressions;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Faults;

/// <summary>
/// A store that fails under the server (a table dropped behind its back) gives a 500 whose body
/// names only the id the failure was logged under: no engine text, table name or .NET type.
/// </summary>
public abstract partial class ForcedFaultContract(FaultServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task StoreFailure_Is500WithTheGenericMessage_AndTheServerKeepsAnswering()
    {
        var collection = MatchApi.CollectionPath(MatchApi.NewOwner(), "forced");
        await _api.ImportAsync(collection, MatchApi.Array(MatchApi.Pair("1", "a", "2", "b")));

        await server.ExecuteAsync("DROP TABLE match_pair");
        var (status, body) = await RenderApi.ReadAsync(_api.GetAsync($"{collection}/pGroupIds"));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Matches(GenericFailure(), body);
        foreach (var leak in new[] { "match_pair", "SQLite", "relation", "Exception", "System.", "Npgsql" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }

        var stack = RenderApi.NewStackPath(prefix: "forced");
        await _api.CreateStackAsync(stack);
        await _api.GetTextAsync(stack);
    }

    [GeneratedRegex("^The server failed on this request; it logged the details under id [0-9a-f]{12}\\.$")]
    private static partial Regex GenericFailure();
}

public sealed class ForcedFaultSqliteTests(SqliteFaultFixture server) : ForcedFaultContract(server), IClassFixture<SqliteFaultFixture>;
public sealed class ForcedFaultPostgresTests(PostgresFaultFixture server) : ForcedFaultContract(server), IClassFixture<PostgresFaultFixture>;
