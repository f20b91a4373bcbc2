package org.bss.portal.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml. */
public class BssExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BssExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BssExceptionHandler(getWrapped().getExceptionHandler());
    }
}
