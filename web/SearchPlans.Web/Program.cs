using SearchPlans.Web;

// Standalone entry point (the integration tests start the app through it); people use `searchplans serve`.
var app = WebApp.Build(args, WebAppOptions.FromConfiguration(args));
app.Run();

/// <summary>Marker for WebApplicationFactory.</summary>
public partial class Program;
