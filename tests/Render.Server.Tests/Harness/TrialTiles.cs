using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>
/// Two square tiles cut from one textured world (seeded Gaussian blobs, which SIFT finds well): p
/// at the world origin, q at <see cref="Offset"/>, so a world point at p-local (x, y) is at q-local
/// (x − dx, y − dy). Both show their image untransformed when rendered normalised for matching.
/// </summary>
internal static class TrialTiles
{
    public const int Size = 256;

    /// <summary>Where q's image starts in the world (and in p's pixels).</summary>
    public static readonly (int X, int Y) Offset = (150, 40);

    private static readonly Lazy<float[,]> World = new(MakeWorld);

    /// <summary>The two tiles (ids <c>{prefix}_a</c> and <c>{prefix}_b</c>) placed at their world positions.</summary>
    public static JsonObject[] Tiles(string prefix) =>
    [
        SyntheticImages.Tile($"{prefix}_a", Size, SyntheticImages.Png("trial-a", Size, Size, (x, y) => Pixel(x, y))),
        SyntheticImages.Tile($"{prefix}_b", Size, SyntheticImages.Png("trial-b", Size, Size, (x, y) => Pixel(x + Offset.X, y + Offset.Y)), Offset.X, Offset.Y),
    ];

    private static byte Pixel(int x, int y) => (byte)Math.Clamp(World.Value[y, x], 0, 255);

    private static float[,] MakeWorld()
    {
        int width = Size + Offset.X, height = Size + Offset.Y;
        var world = new float[height, width];
        var random = new Random(4242);
        for (var blob = 0; blob < 700; blob++)
        {
            double cx = random.NextDouble() * width, cy = random.NextDouble() * height;
            var sigma = 1.5 + (random.NextDouble() * 4.5);
            var amplitude = (random.NextDouble() - 0.5) * 220;
            var reach = (int)(sigma * 3);
            for (var y = Math.Max(0, (int)cy - reach); y < Math.Min(height, (int)cy + reach + 1); y++)
            {
                for (var x = Math.Max(0, (int)cx - reach); x < Math.Min(width, (int)cx + reach + 1); x++)
                {
                    double dx = x - cx, dy = y - cy;
                    world[y, x] += (float)(amplitude * Math.Exp(-((dx * dx) + (dy * dy)) / (2 * sigma * sigma)));
                }
            }
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                world[y, x] += 128;
            }
        }

        return world;
    }
}
