namespace Homeward.Demo.Generation;

/// <summary>The whole generated demo: the reports in approval order and the plans they were written from.</summary>
/// <param name="Reports">The reports, in the order they are approved (by <see cref="ScenarioReport.ApprovedAt"/>).</param>
/// <param name="Operators">The synthetic operators.</param>
/// <param name="Work">What happened to each hazardous area.</param>
internal sealed record Scenario(IReadOnlyList<ScenarioReport> Reports, IReadOnlyList<OperatorPlan> Operators, IReadOnlyList<HazardWork> Work);
