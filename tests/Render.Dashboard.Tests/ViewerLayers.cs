using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Dashboard.Tests;

/// <summary>
/// The viewer's data, made once per dashboard server (the tests only read it): a montage of 3 × 3
/// tiles of 1024 px at a 1000 px pitch from (500, 300), in z 1 and z 2, whose images show rings
/// and a dark frame; a collection with two pairs of the centre tile (owned by the residual layer's
/// match owner); and a 100 × 100 grid of 10,000 small tiles in one layer.
/// </summary>
internal sealed record ViewerLayers(string Montage, string MatchOwner, string Big)
{
    public const string Collection = "viewerLinks";
    public const int TileSize = 1024;
    public const int Pitch = 1000;
    public const int OriginX = 500;
    public const int OriginY = 300;
    public const int BigSide = 100;

    private static readonly ConditionalWeakTable<DashboardFixture, Task<ViewerLayers>> Made = [];

    public static Task<ViewerLayers> ForAsync(DashboardFixture dashboard)
    {
        lock (Made)
        {
            return Made.GetValue(dashboard, CreateAsync);
        }
    }

    /// <summary>The id of the montage tile in a row and column of layer z.</summary>
    public static string TileId(int z, int row, int column) => $"m{z}-{row}{column}";

    /// <summary>The query naming a stack path <c>owner/o/project/p/stack/s</c> on a dashboard page.</summary>
    public static string QueryOf(string stackPath)
    {
        var parts = stackPath.Split('/');
        return $"owner={parts[1]}&project={parts[3]}&stack={parts[5]}";
    }

    private static async Task<ViewerLayers> CreateAsync(DashboardFixture dashboard)
    {
        using var client = new HttpClient { BaseAddress = new Uri(dashboard.ViewBase, "../v1/"), Timeout = TimeSpan.FromMinutes(5) };
        var api = new RenderApi(client);
        var montage = RenderApi.NewStackPath(prefix: "viewer");
        await api.CreateStackAsync(montage);
        var tiles = new List<JsonObject>();
        for (var z = 1; z <= 2; z++)
        {
            for (var row = 0; row < 3; row++)
            {
                for (var column = 0; column < 3; column++)
                {
                    tiles.Add(MontageTile(z, row, column));
                }
            }
        }

        await api.ImportAsync(montage, TestTiles.Collection(tiles), deriveData: true);
        await api.SetStateAsync(montage, "COMPLETE");

        // Under the residual layer's match owner: a new owner would change the index page's list.
        var matchOwner = dashboard.Residuals.MatchOwner;
        await api.ImportAsync(
            MatchApi.CollectionPath(matchOwner, Collection),
            MatchApi.Array(
                MatchApi.Pair("1.0", TileId(1, 1, 1), "1.0", TileId(1, 1, 2), count: 3),
                MatchApi.Pair("1.0", TileId(1, 1, 1), "2.0", TileId(2, 1, 1), count: 2),
                MatchApi.Pair("1.0", TileId(1, 0, 0), "1.0", TileId(1, 0, 1))));

        var big = RenderApi.NewStackPath(prefix: "viewerbig");
        await api.CreateStackAsync(big);
        var image = SyntheticImages.Png("viewer-small", 100, 100, (x, y) => (byte)(x < 4 || y < 4 ? 40 : 90 + ((x + y) % 50)));
        var bigTiles = Enumerable.Range(0, BigSide * BigSide).Select(i =>
        {
            var tile = TestTiles.Tile($"b{i / BigSide}-{i % BigSide}", 1, (i % BigSide) * 100, (i / BigSide) * 100);
            tile["mipmapLevels"] = SyntheticImages.Levels(image);
            return tile;
        });
        await api.ImportAsync(big, TestTiles.Collection(bigTiles), deriveData: false);
        await api.SetStateAsync(big, "COMPLETE");
        return new ViewerLayers(montage, matchOwner, big);
    }

    /// <summary>Rings around the tile's centre (tighter in z 2), brighter with the tile's index, in a dark frame.</summary>
    private static JsonObject MontageTile(int z, int row, int column)
    {
        var brightness = 60 + (15 * ((row * 3) + column));
        var period = z == 1 ? 14.0 : 7.0;
        var image = SyntheticImages.Png($"viewer-z{z}-{row}{column}", TileSize, TileSize, (x, y) =>
        {
            if (x < 12 || y < 12 || x >= TileSize - 12 || y >= TileSize - 12)
            {
                return 20;
            }

            var ring = Math.Sin(Math.Sqrt(((x - 512.0) * (x - 512.0)) + ((y - 512.0) * (y - 512.0))) / period);
            return (byte)Math.Clamp(brightness + (50 * ring), 0, 255);
        });
        var tile = TestTiles.Tile(TileId(z, row, column), z, OriginX + (column * Pitch), OriginY + (row * Pitch), withBox: false);
        tile["width"] = (double)TileSize;
        tile["height"] = (double)TileSize;
        tile["mipmapLevels"] = SyntheticImages.Levels(image);
        tile["layout"] = new JsonObject { ["sectionId"] = $"{z}.0" };
        return tile;
    }
}
