/** Signing up, in and out, and following the links accounts are emailed: the pages over identity's BrowserAccounts. */
@NullMarked
package com.physiopractice.web.account;

import org.jspecify.annotations.NullMarked;
