package com.physiopractice;

import com.physiopractice.testing.PracticeModuleLayout;

/** Lets this module's tests find the practice's module layout; the application itself is in practice-app. */
@PracticeModuleLayout
class ModuleTestApplication {
}
