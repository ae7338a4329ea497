namespace Homeward.Demo;

/// <summary>How far the build of a demo region has come, for a progress bar.</summary>
/// <param name="Stage">The stage (<c>Administrative areas</c>, <c>Settlements</c>, <c>Organisations and teams</c>, <c>Hazardous areas</c>, <c>Land release</c>).</param>
/// <param name="Done">The reports of this stage approved so far.</param>
/// <param name="Total">The reports of this stage in all.</param>
public readonly record struct DemoProgress(string Stage, int Done, int Total);
