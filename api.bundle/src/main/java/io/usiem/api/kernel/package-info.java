/**
 * Services the kernel provides to operate the pipeline: status, parser statistics and dry runs,
 * used by the commander (shell and REST).
 */
@Export
@NullMarked
@Version("1.0.0")
package io.usiem.api.kernel;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
