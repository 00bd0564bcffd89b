namespace Render.Alignment.Tests;

/// <summary>The solve on made-up acquisitions whose answer is known (several layers, montage and cross-layer pairs, 0.3 px noise).</summary>
public sealed class SyntheticSolveTests
{
    /// <summary>
    /// Truth family, tile model, regulariser, lambdas (null: render's schedule) and whether only a
    /// global affine is determined: without a pull towards a smaller family an affine solve has a
    /// free global affine, and with one the global shape is the most rigid one, which an affine
    /// truth (tiles deformed on purpose) need not share; so affine truths are compared up to an
    /// affine, and a rigid truth shows that the pull fixes the shape up to a similarity. The pull
    /// also biases deformed tiles towards rigid (at render's last lambda 0.01 by about 2 px on
    /// these 0.5-1% deformed tiles, as mpicbg's interpolated models do), so the affine truths end
    /// with a smaller lambda.
    /// </summary>
    public static TheoryData<ModelType, ModelType, ModelType, double[]?, bool> Cases => new()
    {
        { ModelType.Translation, ModelType.Translation, ModelType.Translation, null, false },
        { ModelType.Rigid, ModelType.Rigid, ModelType.Rigid, null, false },
        { ModelType.Rigid, ModelType.Rigid, ModelType.Translation, [0.1, 0.0], false },
        { ModelType.Similarity, ModelType.Similarity, ModelType.Similarity, null, false },
        { ModelType.Similarity, ModelType.Similarity, ModelType.Rigid, [0.5, 0.0], false },
        { ModelType.Rigid, ModelType.Affine, ModelType.Rigid, null, false },
        { ModelType.Affine, ModelType.Affine, ModelType.Rigid, [1.0, 0.1, 0.001, 0.0001], true },
        { ModelType.Affine, ModelType.Affine, ModelType.Affine, null, true },
        { ModelType.Affine, ModelType.Affine, ModelType.Translation, [1.0, 0.1, 0.001, 0.0001], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_SyntheticAcquisition_MatchesTruthUpToOneGlobalTransform(ModelType truth, ModelType model, ModelType regulariser, double[]? lambdas, bool upToAffine)
    {
        var acquisition = SyntheticAcquisition.Create(truth, columns: 4, rows: 3, layers: 3, noise: 0.3);
        var options = new SolveOptions { ModelType = model, RegularizerModelType = regulariser, OptimizerLambdas = lambdas };

        var result = AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, options);

        var (rms, max) = TruthComparison.CornerErrors(result.Tiles, acquisition.Truth, upToAffine);
        Assert.Equal(36, result.Tiles.Count);
        Assert.True(result.Quality.Rms < 0.5, $"residual RMS {result.Quality.Rms} px; {result.Quality.Summary}");
        Assert.True(rms < 0.5 && max < 1.5, $"corner error RMS {rms} px, max {max} px after one {(upToAffine ? "affine" : "similarity")}");
    }

    [Fact]
    public void Solve_PerturbedStartWithoutNoise_RecoversTheTruthExactly()
    {
        var acquisition = SyntheticAcquisition.Create(ModelType.Affine, columns: 3, rows: 3, layers: 2, noise: 0);
        var options = new SolveOptions { ModelType = ModelType.Affine, RegularizerModelType = ModelType.Affine };

        var result = AlignmentSolver.Solve(acquisition.Tiles, null, acquisition.Matches, options);

        var (rms, max) = TruthComparison.CornerErrors(result.Tiles, acquisition.Truth, affine: true);
        Assert.True(result.Quality.Max < 1e-6, result.Quality.Summary);
        Assert.True(max < 1e-5, $"corner error RMS {rms} px, max {max} px");
    }
}
