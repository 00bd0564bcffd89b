namespace Render.Alignment;

/// <summary>
/// BigFeta's regularisation: every free tile's parameters are pulled towards their starting
/// values, λ·Σ(a − a₀)² over the four linear parameters and λ·translationFactor·Σ(t − t₀)² over
/// the translation (pixels). It anchors each component, so no gauge is chosen afterwards.
/// </summary>
/// <param name="Lambda">The weight of the linear parameters (BigFeta's <c>default_lambda</c>), ≥ 0.</param>
/// <param name="TranslationFactor">The translation weight relative to <paramref name="Lambda"/> (BigFeta's <c>translation_factor</c>), ≥ 0.</param>
public sealed record StartRegularization(double Lambda, double TranslationFactor = 1e-5);
