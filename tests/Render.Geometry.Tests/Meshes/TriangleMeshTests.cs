using Render.Geometry.Meshes;

namespace Render.Geometry.Tests.Meshes;

public sealed class TriangleMeshTests
{
    [Fact]
    public void ForTile_2560By2160_Has40By20Rows()
    {
        var mesh = TriangleMesh.ForTile(2560, 2160, 64);

        Assert.Equal((40, 20), (mesh.Columns, mesh.Rows));
        Assert.Equal(1541, mesh.VertexCount);
        Assert.Equal(4 * 39 * 19, mesh.TriangleCount);
        Assert.Equal(2560.0 * 2160 / 40 / 20, mesh.VertexWeight);
    }

    [Fact]
    public void Vertices_SpanPixelCentres()
    {
        var mesh = TriangleMesh.ForTile(2560, 2160, 64);

        Assert.Equal((0.0, 2559.0), (mesh.X.ToArray().Min(), mesh.X.ToArray().Max()));
        Assert.Equal((0.0, 2159.0), (mesh.Y.ToArray().Min(), mesh.Y.ToArray().Max()));
        Assert.Equal((mesh.X[40], mesh.Y[40]), ((2559.0 / 39) / 2, (2159.0 / 19) / 2));
    }

    [Fact]
    public void Triangles_CoverTheSourceWithOneOrientation()
    {
        var mesh = TriangleMesh.Create(5, 4, 100, 80);
        var area = 0.0;
        for (var t = 0; t < mesh.TriangleCount; t++)
        {
            int a = mesh.Triangles[3 * t], b = mesh.Triangles[(3 * t) + 1], c = mesh.Triangles[(3 * t) + 2];
            var cross = ((mesh.X[b] - mesh.X[a]) * (mesh.Y[c] - mesh.Y[a])) - ((mesh.Y[b] - mesh.Y[a]) * (mesh.X[c] - mesh.X[a]));
            Assert.True(cross > 0, $"triangle {t} is not positively oriented");
            area += cross / 2;
        }

        Assert.Equal(99.0 * 79.0, area, 1e-9);
    }
}
