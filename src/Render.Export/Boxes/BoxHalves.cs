using System.Collections.Concurrent;
using Render.Export.Files;
using Render.Imaging.Pixels;

namespace Render.Export.Boxes;

/// <summary>
/// The boxes of one level kept in memory already halved, so that each box of the next level is four
/// halves side by side instead of four files decoded again (decoding a 1024² PNG box took about as
/// long as rendering it; docs/BENCHMARKS.md). With even box sizes every 2×2 block of
/// BoxMipmapGenerator's four-box image lies inside one box, so the halves side by side are exactly
/// its 2×2 average; a missing box is black there and zero here. Only for lossless grey boxes (PNG
/// with convertToGray), where the file decodes to the bytes kept. Boxes not kept (kept from an
/// earlier run, or over the memory budget) make their parent fall back to the files. Thread-safe.
/// </summary>
internal sealed class BoxHalves(int boxWidth, int boxHeight, long budgetBytes)
{
    /// <summary>The memory the halves of one level may hold.</summary>
    public const long DefaultBudgetBytes = 1L << 30;

    private readonly ConcurrentDictionary<(int Row, int Column), PixelBuffer<byte>> _halves = new();
    private long _bytes;

    /// <summary>Halves for the boxes these options write, or null when they cannot be used.</summary>
    public static BoxHalves? For(BoxOptions options, long budgetBytes = DefaultBudgetBytes) =>
        !options.Label && options.ConvertToGray && options.Format == ImageFileFormat.Png && options.Width % 2 == 0 && options.Height % 2 == 0
            ? new BoxHalves(options.Width, options.Height, budgetBytes)
            : null;

    /// <summary>Keeps the half of <paramref name="box"/>, the grey box just written, unless the budget is spent.</summary>
    public void Keep((int Row, int Column) box, PixelBuffer<byte> gray)
    {
        int width = boxWidth / 2, height = boxHeight / 2;
        long size = (long)width * height;
        if (Interlocked.Add(ref _bytes, size) > budgetBytes)
        {
            Interlocked.Add(ref _bytes, -size);
            return;
        }

        var half = PixelBuffer<byte>.Rent(width, height);
        for (var y = 0; y < height; y++)
        {
            ReadOnlySpan<byte> upper = gray.Row(2 * y), lower = gray.Row((2 * y) + 1);
            var row = half.Row(y);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = (byte)((upper[2 * x] + upper[(2 * x) + 1] + lower[2 * x] + lower[(2 * x) + 1]) >> 2);
            }
        }

        if (!_halves.TryAdd(box, half))
        {
            half.Dispose();
            Interlocked.Add(ref _bytes, -size);
        }
    }

    /// <summary>
    /// The box of the next level whose quadrants (upper-left, upper-right, lower-left, lower-right) are
    /// <paramref name="quadrants"/>, when each one that has a box in <paramref name="hasBox"/> is kept
    /// here; null otherwise. Pooled: dispose it.
    /// </summary>
    public PixelBuffer<byte>? Assemble(IReadOnlyList<(int Row, int Column)> quadrants, Func<(int Row, int Column), bool> hasBox)
    {
        if (quadrants.Any(q => hasBox(q) && !_halves.ContainsKey(q)))
        {
            return null;
        }

        int width = boxWidth / 2, height = boxHeight / 2;
        var box = PixelBuffer<byte>.Rent(boxWidth, boxHeight);
        for (var q = 0; q < quadrants.Count; q++)
        {
            if (_halves.TryGetValue(quadrants[q], out var half))
            {
                int left = (q % 2) * width, top = (q / 2) * height;
                for (var y = 0; y < height; y++)
                {
                    half.Row(y).CopyTo(box.Row(top + y)[left..]);
                }
            }
        }

        return box;
    }

    /// <summary>Lets the halves of <paramref name="boxes"/> go.</summary>
    public void Release(IEnumerable<(int Row, int Column)> boxes)
    {
        foreach (var box in boxes)
        {
            if (_halves.TryRemove(box, out var half))
            {
                Interlocked.Add(ref _bytes, -(long)half.Length);
                half.Dispose();
            }
        }
    }
}
