using Render.Geometry.Fitting;
using Render.Geometry.Transforms;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>What <see cref="TransformMathChapter"/> computed.</summary>
/// <param name="Pairs">The point pairs the affine was fitted to.</param>
/// <param name="Fitted">The fitted affine.</param>
/// <param name="Chain">A distortion (order-2 polynomial) followed by the fitted affine.</param>
/// <param name="Collapsed">The one transform that replaces <paramref name="Chain"/>.</param>
/// <param name="AffineChain">A rotation followed by the fitted affine.</param>
/// <param name="Composed">The one affine equal to <paramref name="AffineChain"/>.</param>
/// <param name="SampleX">x of the points the collapse was fitted on.</param>
/// <param name="SampleY">y of the points the collapse was fitted on.</param>
public sealed record TransformMath(
    PointPairs Pairs,
    AffineModel2D Fitted,
    ListTransformSpec Chain,
    IRenderTransform Collapsed,
    ListTransformSpec AffineChain,
    AffineModel2D Composed,
    double[] SampleX,
    double[] SampleY);
