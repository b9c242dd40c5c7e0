/** The administrator's pages: staff accounts, the audit trail, the emails still to go out. */
@NullMarked
package com.physiopractice.web.admin;

import org.jspecify.annotations.NullMarked;
