/**
 * What every module relies on but none owns: the clock, schema migrations in module order,
 * HTTP error answers as problem+json, request limits, security headers and the OpenAPI document.
 * Its root package is what other modules may use; sub-packages are internal.
 */
@ApplicationModule(displayName = "Platform")
package com.physiopractice.platform;

import org.springframework.modulith.ApplicationModule;
