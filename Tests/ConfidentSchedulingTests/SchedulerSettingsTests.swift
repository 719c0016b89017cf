import ConfidentScheduling
import Testing

@Suite("Scheduler settings")
struct SchedulerSettingsTests {
  @Test func theStandardSchedulerHasPyFSRSDefaults() {
    let scheduler = Scheduler.standard
    #expect(scheduler.parameters == Scheduler.defaultParameters)
    #expect(scheduler.desiredRetention == 0.9)
    #expect(scheduler.learningSteps == [60, 600])
    #expect(scheduler.relearningSteps == [600])
    #expect(scheduler.maximumInterval == 36500)
    #expect(throws: Never.self) { try Scheduler() }
  }

  @Test func everyParameterListPyFSRSRefusesIsRefused() throws {
    let bounds = try OracleFixtures.bounds()
    #expect(bounds.rejected.count >= 10)
    for parameters in bounds.rejected {
      #expect(throws: SchedulerError.self) { try Scheduler(parameters: parameters) }
    }
  }

  @Test func theBoundsThemselvesAreAccepted() throws {
    let bounds = try OracleFixtures.bounds()
    #expect(bounds.accepted == [Scheduler.lowerBounds, Scheduler.upperBounds])
    for parameters in bounds.accepted {
      #expect(throws: Never.self) { try Scheduler(parameters: parameters) }
    }
  }

  @Test func anOutOfBoundsParameterIsNamedInFrench() {
    var parameters = Scheduler.defaultParameters
    parameters[16] = 0.5
    #expect(throws: SchedulerError.parameterOutOfBounds(index: 16, value: 0.5, bounds: 1.0...6.0)) {
      try Scheduler(parameters: parameters)
    }
    #expect(
      SchedulerError.parameterOutOfBounds(index: 16, value: 0.5, bounds: 1.0...6.0).description
        == "Le paramètre w16 = 0.5 sort de ses bornes [1.0, 6.0].")
    #expect(throws: SchedulerError.wrongParameterCount(20)) {
      try Scheduler(parameters: Array(Scheduler.defaultParameters.prefix(20)))
    }
  }

  @Test func retentionIntervalAndStepsAreChecked() {
    #expect(throws: SchedulerError.desiredRetentionOutOfRange(1)) { try Scheduler(desiredRetention: 1) }
    #expect(throws: SchedulerError.desiredRetentionOutOfRange(0)) { try Scheduler(desiredRetention: 0) }
    #expect(throws: SchedulerError.maximumIntervalTooShort(0)) { try Scheduler(maximumInterval: 0) }
    #expect(throws: SchedulerError.nonPositiveStep(0)) { try Scheduler(learningSteps: [60, 0]) }
  }
}
