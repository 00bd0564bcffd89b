using System.Text.RegularExpressions;

namespace Render.Architecture.Tests;

/// <summary>
/// STYLE.md's web service rules, kept by reading the handlers' source (<c>src/Render.Server/Endpoints</c>):
/// handlers bind, call a service and return a result; they never reach a store (not even its query
/// records: route records and services turn paths into queries), and they hold no loops or
/// try/catch (errors go to the one exception handler).
/// </summary>
public sealed partial class EndpointTests
{
    private static readonly string EndpointsFolder = Path.Combine(Repository.Root, "src", "Render.Server", "Endpoints");

    [Fact]
    public void Endpoints_Exist()
    {
        Assert.NotEmpty(EndpointFiles());
    }

    [Fact]
    public void Endpoints_DoNotTouchStores()
    {
        var violations = Matches(StoreUse());

        Assert.Empty(violations);
    }

    [Fact]
    public void Endpoints_HaveNoLoopsOrTryCatch()
    {
        var violations = Matches(LoopOrTry());

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("using Render.Storage;")]
    [InlineData("IRenderStore store")]
    [InlineData("await store.Tiles.FindTilesAsync(stackId, query, ct)")]
    [InlineData("new SqliteRenderStore(folder)")]
    public void StoreUse_StoreCode_IsFound(string code)
    {
        Assert.Matches(StoreUse(), code);
    }

    [Theory]
    [InlineData("foreach (var tile in tiles)")]
    [InlineData("for (var i = 0; i < n; i++)")]
    [InlineData("while (true)")]
    [InlineData("try")]
    [InlineData("catch (Exception e)")]
    public void LoopOrTry_ControlFlow_IsFound(string code)
    {
        Assert.Matches(LoopOrTry(), code);
    }

    [Theory]
    [InlineData("RenderResults.Json(await data.GetTileBoundsAsync(route.Id, route.Tiles, ct))")]
    [InlineData("private static Task<Ok> DeleteAsync([AsParameters] TileRoute route, StackDataService data, CancellationToken ct) =>")]
    [InlineData("/// <summary>Each item is mapped through its own tile (a try for each).</summary>")]
    public void Patterns_HandlerCode_IsNotFound(string code)
    {
        Assert.DoesNotMatch(StoreUse(), code);
        Assert.DoesNotMatch(LoopOrTry(), Code(code));
    }

    private static string[] EndpointFiles() =>
        Directory.Exists(EndpointsFolder) ? Directory.GetFiles(EndpointsFolder, "*.cs", SearchOption.AllDirectories) : [];

    private static List<string> Matches(Regex pattern) =>
        [.. EndpointFiles().SelectMany(file => pattern.Matches(Code(File.ReadAllText(file))).Select(match => $"{Path.GetFileName(file)}: {match.Value}"))];

    /// <summary>The source without its comments, so that prose may name what code may not use.</summary>
    private static string Code(string source) => Comment().Replace(source, string.Empty);

    [GeneratedRegex(@"\bRender\.Storage\b|\bI(?:Render|Stack|Tile|Match)Store\b|\bstore\.(?:Stacks|Tiles|Matches)\b|\b(?:Sqlite|Postgres)\w*Store\b|\bNpgsql")]
    private static partial Regex StoreUse();

    [GeneratedRegex(@"\b(?:foreach|while)\s*\(|\bfor\s*\(|\btry\b|\bcatch\b")]
    private static partial Regex LoopOrTry();

    [GeneratedRegex(@"//.*$|/\*[\s\S]*?\*/", RegexOptions.Multiline)]
    private static partial Regex Comment();
}
