namespace Homeward.Planning.Model;

/// <summary>ANAMA's prioritisation rules, in their order: a lower value is cleared first under the rules.</summary>
public enum PriorityRuleClass
{
    /// <summary>Life-threatening areas with civilian casualties.</summary>
    Casualties = 1,

    /// <summary>Socio-economic needs found by survey (recorded priority 1).</summary>
    SocioEconomic = 2,

    /// <summary>Resettlement of displaced people: houses, settlements, fields, irrigation.</summary>
    Resettlement = 3,

    /// <summary>Reconstruction projects ready to start (roads, infrastructure, water).</summary>
    Reconstruction = 4,

    /// <summary>Food security: farmland and grazing.</summary>
    FoodSecurity = 5,

    /// <summary>Everything else.</summary>
    Other = 6,
}
