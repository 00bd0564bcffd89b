using Render.Geometry.Numerics;
using Render.Imaging.Pixels;
using Render.Model.Rendering;

namespace Render.Imaging.Output;

/// <summary>
/// render's BoundingBoxRenderer, used when a request has more tiles than it may render: each
/// tile's stored box outlined in opaque green on a transparent image (tile ids are not drawn).
/// </summary>
public static class BoundingBoxOutput
{
    private const int Green = unchecked((int)0xff00ff00);

    /// <summary>The outlines (pooled: dispose it).</summary>
    public static PixelBuffer<int> Create(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (width, height) = ArgbOutput.OutputSize(parameters);
        var output = PixelBuffer<int>.Rent(width, height);
        var s = parameters.Scale;
        foreach (var tile in parameters.TileSpecs)
        {
            if (tile is not { MinX: { } minX, MinY: { } minY, MaxX: { } maxX, MaxY: { } maxY })
            {
                continue;
            }

            // render: Rectangle((int)((minX − x)·s), (int)((minY − y)·s), (int)((maxX − x)·s − x'), ...) with x' unrounded.
            var x0 = (minX - parameters.X) * s;
            var y0 = (minY - parameters.Y) * s;
            Outline(output, JavaMath.ToInt(x0), JavaMath.ToInt(y0), JavaMath.ToInt(((maxX - parameters.X) * s) - x0), JavaMath.ToInt(((maxY - parameters.Y) * s) - y0));
        }

        return output;
    }

    /// <summary>Java2D's drawRect: the outline of a (w + 1)×(h + 1) pixel area.</summary>
    private static void Outline(PixelBuffer<int> output, int x, int y, int w, int h)
    {
        for (var i = x; i <= x + w; i++)
        {
            Set(output, i, y);
            Set(output, i, y + h);
        }

        for (var j = y; j <= y + h; j++)
        {
            Set(output, x, j);
            Set(output, x + w, j);
        }
    }

    private static void Set(PixelBuffer<int> output, int x, int y)
    {
        if (x >= 0 && y >= 0 && x < output.Width && y < output.Height)
        {
            output[x, y] = Green;
        }
    }
}
