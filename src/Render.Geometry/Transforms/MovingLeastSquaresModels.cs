namespace Render.Geometry.Transforms;

/// <summary>The data-string names of <see cref="MovingLeastSquaresModel"/>s.</summary>
internal static class MovingLeastSquaresModels
{
    public static string NameOf(MovingLeastSquaresModel model) => model switch
    {
        MovingLeastSquaresModel.Translation => "translation",
        MovingLeastSquaresModel.Rigid => "rigid",
        MovingLeastSquaresModel.Similarity => "similarity",
        _ => "affine",
    };

    public static MovingLeastSquaresModel? Parse(string name) => name switch
    {
        "translation" => MovingLeastSquaresModel.Translation,
        "rigid" => MovingLeastSquaresModel.Rigid,
        "similarity" => MovingLeastSquaresModel.Similarity,
        "affine" => MovingLeastSquaresModel.Affine,
        _ => null,
    };
}
