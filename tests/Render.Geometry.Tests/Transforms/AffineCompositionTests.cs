using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class AffineCompositionTests
{
    [Fact]
    public void TryCompose_NestedAffineList_EqualsApplyingInOrder()
    {
        // render-python's test_transformsum_affine_concatenate: [am1, [[am2, am3], am4]].
        var am1 = new AffineModel2D(0.9, -0.2, 0.3, 0.85, 245.3, -234.1);
        var am2 = new AffineModel2D(0.9, -0.2, 0.3, 0.85, -100, 3);
        var am3 = new AffineModel2D(1.9, -0.2, 0.3, 1.85, -25.3, 60.1);
        var am4 = new AffineModel2D(0.9, -0.2, 0.3, 0.85, 2.3, 100.1);
        var list = new CoordinateTransformList([am1, new CoordinateTransformList([new CoordinateTransformList([am2, am3]), am4])]);

        var composed = AffineComposition.TryCompose(list);

        Assert.NotNull(composed);
        Assert.Equal(am4.Concatenate(am3.Concatenate(am2)).Concatenate(am1).ToArray(), composed.ToArray(), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void TryCompose_RigidSimilarityTranslationAndBlend_AreAffine()
    {
        var list = new CoordinateTransformList(
        [
            RigidModel2D.FromAngle(0.4, 1, 2),
            new InterpolatedCoordinateTransform(new TranslationModel2D(10, 0), new SimilarityModel2D(2, 0, 0, 0), 0.25),
        ]);
        double x = 3, y = 4, ex = 3, ey = 4;

        AffineComposition.TryCompose(list)!.ApplyInPlace(ref x, ref y);
        list.ApplyInPlace(ref ex, ref ey);

        Assert.Equal((ex, ey), (x, y), new TupleToleranceComparer(1e-12));
    }

    [Fact]
    public void TryCompose_NonAffinePart_GivesNull()
    {
        var list = new CoordinateTransformList([AffineModel2D.Identity, ExponentialFunctionOffsetTransform.Parse("1,2,3,0")]);

        Assert.Null(AffineComposition.TryCompose(list));
    }
}
