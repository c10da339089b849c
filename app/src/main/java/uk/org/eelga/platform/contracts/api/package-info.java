/** The REST API of the contract database: a council's own register, the regional register, staff's figures. */
package uk.org.eelga.platform.contracts.api;
