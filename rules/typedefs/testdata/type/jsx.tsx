import * as React from 'react';

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> { // want "ts/consistent-type-definitions"
  variant: 'primary' | 'secondary';
}

export const Button = ({ variant, ...rest }: ButtonProps) => <button data-variant={variant} {...rest} />;
